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
            (Direction::Ltr, Edge::Left) | (Direction::Rtl, Edge::Right) => "start",
            (Direction::Ltr, Edge::Right) | (Direction::Rtl, Edge::Left) => "end",
        }
    }
}

/// The edge of a label that its x gives: the label extends from there to the other side.
#[derive(Clone, Copy)]
enum Edge {
    Left,
    Right,
}

fn open(
    out: &mut String,
    id: &str,
    class: &str,
    height: f64,
    title: &str,
    desc: &str,
    dir: Direction,
) {
    let _ = write!(
        out,
        "<svg class=\"chart {class}\" viewBox=\"0 0 {WIDTH} {height}\" direction=\"{}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" xmlns=\"http://www.w3.org/2000/svg\">\
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
    open(&mut out, id, "breakdown-chart", 32.0, title, desc, dir);
    let mut x = 0.0;
    for segment in segments.iter().filter(|s| s.count > 0) {
        let width = WIDTH * segment.count as f64 / total.max(1) as f64;
        let _ = write!(
            out,
            "<rect class=\"fill-{}\" x=\"{x:.1}\" y=\"0\" width=\"{width:.1}\" height=\"32\"><title>{}</title></rect>",
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

const HEIGHT: f64 = 220.0;
const LEFT: f64 = 90.0;
const RIGHT: f64 = 20.0;
const TOP: f64 = 20.0;
const BOTTOM: f64 = 40.0;

impl LineChart<'_> {
    pub(crate) fn svg(&self) -> String {
        let all: Vec<&Plot<'_>> = self
            .values
            .iter()
            .chain(&self.baseline)
            .chain(&self.target)
            .collect();
        let mut out = String::new();
        open(
            &mut out,
            self.id,
            "line-chart",
            HEIGHT,
            self.title,
            self.desc,
            self.dir,
        );
        if all.is_empty() {
            out.push_str("</svg>");
            return out;
        }
        let (x0, x1) = span(all.iter().map(|p| p.x as f64));
        let (y0, y1) = span(all.iter().map(|p| p.y));
        let (y0, y1) = (y0.min(0.0), y1);
        let (top_label, bottom_label) = ((self.format_y)(y1), (self.format_y)(y0));
        let left = left_margin(&[&top_label, &bottom_label]);
        let sx = |x: i64| left + (x as f64 - x0) / (x1 - x0) * (WIDTH - left - RIGHT);
        let sy = |y: f64| HEIGHT - BOTTOM - (y - y0) / (y1 - y0) * (HEIGHT - TOP - BOTTOM);
        let _ = write!(
            out,
            "<line class=\"axis\" x1=\"{left:.1}\" y1=\"{b:.1}\" x2=\"{r:.1}\" y2=\"{b:.1}\"/>\
             <line class=\"axis\" x1=\"{left:.1}\" y1=\"{TOP}\" x2=\"{left:.1}\" y2=\"{b:.1}\"/>",
            b = HEIGHT - BOTTOM,
            r = WIDTH - RIGHT
        );
        // The scale's figures end left of the axis; the first date starts at the axis, the
        // last ends at the right of the plot.
        let (axis_gap, below) = (left - 8.0, HEIGHT - BOTTOM + 26.0);
        let dir = self.dir;
        label(&mut out, &top_label, axis_gap, TOP + 5.0, Edge::Right, dir);
        let bottom = HEIGHT - BOTTOM + 5.0;
        label(&mut out, &bottom_label, axis_gap, bottom, Edge::Right, dir);
        label(&mut out, self.x_labels.0, left, below, Edge::Left, dir);
        let last = self.x_labels.1;
        label(&mut out, last, WIDTH - RIGHT, below, Edge::Right, dir);
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

/// Room left of the vertical axis for its labels: at least [`LEFT`], more for long figures
/// ("870 000 000 USD"), counting a character of the 15px label font as 8.5 units.
fn left_margin(labels: &[&str]) -> f64 {
    let longest = labels.iter().map(|l| l.chars().count()).max().unwrap_or(0);
    LEFT.max(16.0 + 8.5 * longest as f64)
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

/// A commitment's history on a line: a dot per update, placed by date, classed by status.
pub(crate) fn timeline(
    id: &str,
    title: &str,
    desc: &str,
    start: i64,
    dots: &[(i64, &str, &str)],
    dir: Direction,
) -> String {
    let mut out = String::new();
    open(&mut out, id, "timeline-chart", 40.0, title, desc, dir);
    let end = dots
        .iter()
        .map(|d| d.0)
        .max()
        .unwrap_or(start)
        .max(start + 1);
    let sx = |x: i64| 12.0 + (x - start) as f64 / (end - start) as f64 * (WIDTH - 24.0);
    let _ = write!(
        out,
        "<line class=\"axis\" x1=\"12\" y1=\"20\" x2=\"{}\" y2=\"20\"/>",
        WIDTH - 12.0
    );
    let _ = write!(out, "<circle class=\"start\" cx=\"12\" cy=\"20\" r=\"5\"/>");
    for (x, status, label) in dots {
        let _ = write!(
            out,
            "<circle class=\"fill-{}\" cx=\"{:.1}\" cy=\"20\" r=\"8\"><title>{}</title></circle>",
            escape(status),
            sx(*x),
            escape(label)
        );
    }
    out.push_str("</svg>");
    out
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
        assert!(svg.contains("class=\"fill-completed\" x=\"0.0\" y=\"0\" width=\"300.0\""));
        assert!(svg.contains("class=\"fill-in-progress\" x=\"300.0\""));
        assert!(!svg.contains("fill-stalled"), "empty segments are left out");
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
        let values = [Plot {
            x: 0,
            y: 120.0,
            label: "120",
        }];
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
        // Left to right: the scale ends at the axis (end), the first date starts at it
        // (start), the last ends at the right (end).
        let ltr = chart(Direction::Ltr);
        assert!(ltr.contains(" direction=\"ltr\" "), "{ltr}");
        assert_eq!(anchors(&ltr), ["end", "end", "start", "end"]);
        // Right to left, a text starts at its right: the same edges take the other anchors.
        let rtl = chart(Direction::Rtl);
        assert!(rtl.contains(" direction=\"rtl\" "), "{rtl}");
        assert_eq!(anchors(&rtl), ["start", "start", "end", "start"]);
        assert!(
            rtl.contains("<text class=\"label\" x=\"118.5\" y=\"25.0\" text-anchor=\"start\">120 personnes</text>"),
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
            svg.contains("<polyline class=\"line\" points=\"90.0,"),
            "{svg}"
        );
        assert!(
            svg.contains(" 580.0,20.0\""),
            "the highest value at the top right: {svg}"
        );
        assert!(svg.contains("<title>56% (2020)</title>"));
        let single = [Plot {
            x: 5,
            y: 870.0,
            label: "870",
        }];
        let svg = chart(&single).svg();
        assert!(svg.contains("<circle class=\"value\""), "{svg}");
        assert!(!svg.contains("NaN"), "{svg}");
    }
}
