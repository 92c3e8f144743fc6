//! Charts drawn as SVG at build time: no script, no other host, styled by the theme's classes.
//!
//! Every chart is an `<svg role="img">` with a `<title>` and a `<desc>` that say in words what
//! it shows, and the page has the same numbers in a table; colours only repeat what the words
//! say. Functions here take numbers and finished labels (already in the reader's language) and
//! return markup; every label is escaped.

use crate::html::escape;
use std::fmt::Write;

/// One bar of a stacked breakdown.
pub(crate) struct Segment<'a> {
    /// Class suffix, e.g. the status id.
    pub(crate) id: &'a str,
    pub(crate) label: &'a str,
    pub(crate) count: usize,
}

/// A point of a line chart: x in days, y in the indicator's unit, and its label.
pub(crate) struct Plot<'a> {
    pub(crate) x: i64,
    pub(crate) y: f64,
    pub(crate) label: &'a str,
}

const WIDTH: f64 = 600.0;

/// The direction of the reader's language, which a chart's labels are written in.
///
/// Charts keep their geometry whatever the language (time runs left to right, as in the
/// tables beside them), but a label's `text-anchor` is read in the direction of its text:
/// `end` is the right edge of a left-to-right label and the left edge of a right-to-left one.
/// So each chart states its direction on its `<svg>` rather than inherit the page's, and
/// places each label by the edge it keeps inside the chart ([`Edge`]).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    /// The direction a page's `dir` (`"rtl"` or `"ltr"`) names.
    pub(crate) fn of(dir: &str) -> Direction {
        if dir == "rtl" {
            Direction::Rtl
        } else {
            Direction::Ltr
        }
    }

    fn attribute(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }

    /// The `text-anchor` that puts a label's `edge` at its x.
    fn anchor(self, edge: Edge) -> &'static str {
        match (self, edge) {
            (_, Edge::Centre) => "middle",
            (Direction::Ltr, Edge::Left) | (Direction::Rtl, Edge::Right) => "start",
            (Direction::Ltr, Edge::Right) | (Direction::Rtl, Edge::Left) => "end",
        }
    }
}

/// The edge of a label that its x gives: the label extends from there to the other side
/// (or to both, from its centre).
#[derive(Clone, Copy)]
enum Edge {
    Left,
    Right,
    Centre,
}

#[allow(clippy::too_many_arguments)]
fn open(
    out: &mut String,
    id: &str,
    class: &str,
    width: f64,
    height: f64,
    title: &str,
    desc: &str,
    dir: Direction,
) {
    let _ = write!(
        out,
        "<svg class=\"chart {class}\" viewBox=\"0 0 {width} {height}\" direction=\"{}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" xmlns=\"http://www.w3.org/2000/svg\">\
         <title id=\"{id}-title\">{}</title><desc id=\"{id}-desc\">{}</desc>",
        dir.attribute(),
        escape(title),
        escape(desc)
    );
}

/// A label of the scale whose `edge` is at (x, y).
fn label(out: &mut String, text: &str, x: f64, y: f64, edge: Edge, dir: Direction) {
    let _ = write!(
        out,
        "<text class=\"label\" x=\"{x:.1}\" y=\"{y:.1}\" text-anchor=\"{}\">{}</text>",
        dir.anchor(edge),
        escape(text)
    );
}

/// A horizontal bar cut in segments proportional to the counts; empty segments are left out.
pub(crate) fn breakdown(
    id: &str,
    title: &str,
    desc: &str,
    segments: &[Segment<'_>],
    dir: Direction,
) -> String {
    let total: usize = segments.iter().map(|s| s.count).sum();
    let mut out = String::new();
    open(
        &mut out,
        id,
        "breakdown-chart",
        WIDTH,
        32.0,
        title,
        desc,
        dir,
    );
    let mut x = 0.0;
    for segment in segments.iter().filter(|s| s.count > 0) {
        let width = WIDTH * segment.count as f64 / total.max(1) as f64;
        let _ = write!(
            out,
            "<rect class=\"seg status-{}\" x=\"{x:.1}\" y=\"0\" width=\"{width:.1}\" height=\"32\"><title>{}</title></rect>",
            escape(segment.id),
            escape(segment.label)
        );
        x += width;
    }
    if total == 0 {
        let _ = write!(
            out,
            "<rect class=\"fill-empty\" x=\"0\" y=\"0\" width=\"{WIDTH}\" height=\"32\"/>"
        );
    }
    out.push_str("</svg>");
    out
}

/// A small bar of commitments by status beside a figure in words (a card, a matrix cell): a
/// picture of the words next to it, so hidden from screen readers. Its viewBox is as wide as
/// the count, so each segment is a whole number of units and the theme sets its size.
pub(crate) fn status_bar(segments: &[(&str, usize)]) -> String {
    let total: usize = segments.iter().map(|(_, count)| count).sum();
    let mut out = format!(
        "<svg class=\"status-bar\" viewBox=\"0 0 {} 1\" preserveAspectRatio=\"none\" aria-hidden=\"true\" focusable=\"false\" xmlns=\"http://www.w3.org/2000/svg\">",
        total.max(1)
    );
    let mut x = 0;
    for &(id, count) in segments.iter().filter(|(_, count)| *count > 0) {
        let _ = write!(
            out,
            "<rect class=\"seg status-{}\" x=\"{x}\" width=\"{count}\" height=\"1\"/>",
            escape(id)
        );
        x += count;
    }
    out.push_str("</svg>");
    out
}

/// Values over time as a line, with the baseline and the target as marked points and the
/// straight path between them dashed. Labels: the first and last dates, the lowest and highest
/// values.
pub(crate) struct LineChart<'a> {
    pub(crate) id: &'a str,
    pub(crate) title: &'a str,
    pub(crate) desc: &'a str,
    pub(crate) values: &'a [Plot<'a>],
    pub(crate) baseline: Option<Plot<'a>>,
    pub(crate) target: Option<Plot<'a>>,
    /// Writes a value of the vertical scale in the reader's language.
    pub(crate) format_y: &'a dyn Fn(f64) -> String,
    /// The earliest and the latest date shown, in the reader's language.
    pub(crate) x_labels: (&'a str, &'a str),
    /// The direction of the reader's language.
    pub(crate) dir: Direction,
}

/// A line chart's size, in the units of its labels' 15px font: drawn 320 wide, a phone
/// shows it at about its size, so that no label is under 12 px there.
const LINE_WIDTH: f64 = 320.0;
const HEIGHT: f64 = 200.0;
/// Room above the plot for the highest value's label, and below it for the dates.
const TOP: f64 = 34.0;
const BOTTOM: f64 = 34.0;
const RIGHT: f64 = 12.0;
/// The gap between the axis and the lowest value's label, and the width of a character of
/// the labels' font, counted generously (digits and most letters are narrower).
const GAP: f64 = 6.0;
const CHAR: f64 = 8.5;
/// The height of a second row of dates, when two do not fit side by side.
const ROW: f64 = 18.0;

impl LineChart<'_> {
    pub(crate) fn svg(&self) -> String {
        let all: Vec<&Plot<'_>> = self
            .values
            .iter()
            .chain(&self.baseline)
            .chain(&self.target)
            .collect();
        let mut out = String::new();
        let Some(first) = all.first() else {
            open(
                &mut out,
                self.id,
                "line-chart",
                LINE_WIDTH,
                HEIGHT,
                self.title,
                self.desc,
                self.dir,
            );
            out.push_str("</svg>");
            return out;
        };
        let (y0, y1) = span(all.iter().map(|p| p.y));
        let (y0, y1) = (y0.min(0.0), y1);
        let (top_label, bottom_label) = ((self.format_y)(y1), (self.format_y)(y0));
        // The lowest value's label left of the axis; the highest above the plot, from the
        // axis, so a long figure ("USD 870,000,000") does not narrow the plot.
        let left = (2.0 * GAP + width_of(&bottom_label)).max(3.0 * GAP);
        let right = LINE_WIDTH - RIGHT;
        let (first_date, last_date) = self.x_labels;
        // One date (a single figure, or all on one day): the point in the middle, its date
        // under it once; two that do not fit side by side: the last on a row of its own.
        let one_date = all.iter().all(|p| p.x == first.x);
        let two_rows = !one_date && width_of(first_date) + width_of(last_date) + GAP > LINE_WIDTH;
        let height = HEIGHT + if two_rows { ROW } else { 0.0 };
        open(
            &mut out,
            self.id,
            "line-chart",
            LINE_WIDTH,
            height,
            self.title,
            self.desc,
            self.dir,
        );
        let (x0, x1) = all.iter().fold((i64::MAX, i64::MIN), |(lo, hi), p| {
            (lo.min(p.x), hi.max(p.x))
        });
        let sx = |x: i64| {
            if one_date {
                (left + right) / 2.0
            } else {
                left + (x - x0) as f64 / (x1 - x0) as f64 * (right - left)
            }
        };
        let bottom = HEIGHT - BOTTOM;
        let sy = |y: f64| bottom - (y - y0) / (y1 - y0) * (bottom - TOP);
        let _ = write!(
            out,
            "<line class=\"axis\" x1=\"{left:.1}\" y1=\"{bottom:.1}\" x2=\"{right:.1}\" y2=\"{bottom:.1}\"/>\
             <line class=\"axis\" x1=\"{left:.1}\" y1=\"{TOP}\" x2=\"{left:.1}\" y2=\"{bottom:.1}\"/>"
        );
        let dir = self.dir;
        label(&mut out, &top_label, left, TOP - 10.0, Edge::Left, dir);
        label(
            &mut out,
            &bottom_label,
            left - GAP,
            bottom + 5.0,
            Edge::Right,
            dir,
        );
        let below = bottom + 24.0;
        if one_date {
            label(&mut out, first_date, sx(first.x), below, Edge::Centre, dir);
        } else {
            label(&mut out, first_date, 0.0, below, Edge::Left, dir);
            let row = if two_rows { ROW } else { 0.0 };
            label(
                &mut out,
                last_date,
                LINE_WIDTH,
                below + row,
                Edge::Right,
                dir,
            );
        }
        if let (Some(baseline), Some(target)) = (&self.baseline, &self.target) {
            let _ = write!(
                out,
                "<line class=\"path\" x1=\"{:.1}\" y1=\"{:.1}\" x2=\"{:.1}\" y2=\"{:.1}\"/>",
                sx(baseline.x),
                sy(baseline.y),
                sx(target.x),
                sy(target.y)
            );
        }
        if self.values.len() > 1 {
            let points: Vec<String> = self
                .values
                .iter()
                .map(|p| format!("{:.1},{:.1}", sx(p.x), sy(p.y)))
                .collect();
            let _ = write!(
                out,
                "<polyline class=\"line\" points=\"{}\"/>",
                points.join(" ")
            );
        }
        for (class, plots) in [
            ("value", self.values.iter().collect::<Vec<_>>()),
            ("baseline", self.baseline.iter().collect()),
            ("target", self.target.iter().collect()),
        ] {
            for p in plots {
                let _ = write!(
                    out,
                    "<circle class=\"{class}\" cx=\"{:.1}\" cy=\"{:.1}\" r=\"5\"><title>{}</title></circle>",
                    sx(p.x),
                    sy(p.y),
                    escape(p.label)
                );
            }
        }
        out.push_str("</svg>");
        out
    }
}

/// How wide a label of the 15px font may be, in the chart's units.
fn width_of(label: &str) -> f64 {
    CHAR * label.chars().count() as f64
}

/// The lowest and highest of `values`; when they are equal, the scale runs from zero to the
/// value (a single figure, such as an amount allocated, is read against zero), or one either
/// side of zero itself.
fn span(values: impl Iterator<Item = f64>) -> (f64, f64) {
    let (low, high) = values.fold((f64::INFINITY, f64::NEG_INFINITY), |(l, h), v| {
        (l.min(v), h.max(v))
    });
    match (high > low, low) {
        (true, _) => (low, high),
        (false, v) if v > 0.0 => (0.0, v),
        (false, v) if v < 0.0 => (v, 0.0),
        _ => (low - 1.0, high + 1.0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_single_value_is_read_against_zero() {
        assert_eq!(span([870_000_000.0].into_iter()), (0.0, 870_000_000.0));
        assert_eq!(span([-3.0, -3.0].into_iter()), (-3.0, 0.0));
        assert_eq!(span([0.0].into_iter()), (-1.0, 1.0));
        assert_eq!(span([2.0, 5.0].into_iter()), (2.0, 5.0));
    }

    #[test]
    fn a_breakdown_says_what_it_shows_and_escapes_labels() {
        let svg = breakdown(
            "c",
            "Commitments by status",
            "2 <done>",
            &[
                Segment {
                    id: "completed",
                    label: "Completed: 2",
                    count: 2,
                },
                Segment {
                    id: "stalled",
                    label: "Stalled: 0",
                    count: 0,
                },
                Segment {
                    id: "in-progress",
                    label: "In progress: 2",
                    count: 2,
                },
            ],
            Direction::Ltr,
        );
        assert!(svg.contains("role=\"img\" aria-labelledby=\"c-title c-desc\""));
        assert!(svg.contains("<desc id=\"c-desc\">2 &lt;done&gt;</desc>"));
        assert!(svg.contains("class=\"seg status-completed\" x=\"0.0\" y=\"0\" width=\"300.0\""));
        assert!(svg.contains("class=\"seg status-in-progress\" x=\"300.0\""));
        assert!(!svg.contains("stalled"), "empty segments are left out");
    }

    /// The anchors of the four labels of a line chart, in the order written.
    fn anchors(svg: &str) -> Vec<&str> {
        svg.split("text-anchor=\"")
            .skip(1)
            .map(|rest| &rest[..rest.find('"').unwrap()])
            .collect()
    }

    #[test]
    fn labels_keep_their_edge_inside_the_chart_in_either_direction() {
        let values = [
            Plot {
                x: 0,
                y: 120.0,
                label: "120",
            },
            Plot {
                x: 366,
                y: 100.0,
                label: "100",
            },
        ];
        let format = |v: f64| format!("{v} personnes");
        let chart = |dir| {
            LineChart {
                id: "i",
                title: "t",
                desc: "d",
                values: &values,
                baseline: None,
                target: None,
                format_y: &format,
                x_labels: ("9 mai 2023", "9 mai 2024"),
                dir,
            }
            .svg()
        };
        // Left to right: the highest value starts at the axis, above the plot (start); the
        // lowest ends left of the axis (end); the first date starts at the left (start), the
        // last ends at the right (end).
        let ltr = chart(Direction::Ltr);
        assert!(ltr.contains(" direction=\"ltr\" "), "{ltr}");
        assert_eq!(anchors(&ltr), ["start", "end", "start", "end"]);
        // Right to left, a text starts at its right: the same edges take the other anchors.
        let rtl = chart(Direction::Rtl);
        assert!(rtl.contains(" direction=\"rtl\" "), "{rtl}");
        assert_eq!(anchors(&rtl), ["end", "start", "end", "start"]);
        // "0 personnes" is 11 characters: the axis is 2 gaps and 11 × 8.5 units from the left.
        assert!(
            rtl.contains("<text class=\"label\" x=\"105.5\" y=\"24.0\" text-anchor=\"end\">120 personnes</text>"),
            "{rtl}"
        );
    }

    #[test]
    fn a_line_chart_places_points_by_date_and_value() {
        let values = [
            Plot {
                x: 0,
                y: 46.0,
                label: "46% (2000)",
            },
            Plot {
                x: 100,
                y: 56.0,
                label: "56% (2020)",
            },
        ];
        let format = |v: f64| format!("{v}%");
        let chart = |values| LineChart {
            id: "i",
            title: "Share",
            desc: "d",
            values,
            baseline: None,
            target: None,
            format_y: &format,
            x_labels: ("2000", "2020"),
            dir: Direction::Ltr,
        };
        let svg = chart(&values).svg();
        assert!(
            svg.contains(">56%</text>") && svg.contains(">0%</text>"),
            "{svg}"
        );
        assert!(
            svg.contains("<polyline class=\"line\" points=\"29.0,"),
            "{svg}"
        );
        assert!(
            svg.contains(" 308.0,34.0\""),
            "the highest value at the top right: {svg}"
        );
        assert!(svg.contains("<title>56% (2020)</title>"));
        let single = [Plot {
            x: 5,
            y: 870.0,
            label: "870",
        }];
        let chart = LineChart {
            x_labels: ("2023", "2023"),
            ..chart(&single)
        };
        let svg = chart.svg();
        // One value: in the middle of the plot, read against zero, its date once, under it.
        assert!(
            svg.contains("<circle class=\"value\" cx=\"168.5\" cy=\"34.0\""),
            "{svg}"
        );
        assert_eq!(svg.matches(">2023</text>").count(), 1, "{svg}");
        assert!(
            svg.contains("x=\"168.5\" y=\"190.0\" text-anchor=\"middle\">2023</text>"),
            "{svg}"
        );
        assert!(
            svg.contains(">0%</text>") && svg.contains(">870%</text>"),
            "{svg}"
        );
        assert!(!svg.contains("NaN"), "{svg}");
    }
}
