//! Progress figures: commitments counted by status for any group of commitments, the two
//! views of a commitment (its government's report and an independent assessment), and the
//! progress of a quantitative indicator toward its target.
//!
//! Pure arithmetic over the model; the methodology page explains the same rules to readers.

use crate::config::{Config, StatusId};
use crate::ids::List;
use crate::model::{
    Commitment, Date, Entry, Measure, Organisation, OrganisationId, OrganisationKind, Point, Update,
};

/// Commitments of a group (a country, a pillar, the site) counted by status.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Tally {
    /// One count per configured status, in the configured order.
    pub(crate) by_status: List<StatusId, usize>,
    pub(crate) total: usize,
    /// Commitments whose status says where they stand (not "not assessed").
    pub(crate) assessed: usize,
    /// Commitments whose status counts as done.
    pub(crate) done: usize,
}

impl Tally {
    pub(crate) fn of<'a>(
        config: &Config,
        commitments: impl IntoIterator<Item = &'a Entry<Commitment>>,
    ) -> Tally {
        let mut by_status: List<StatusId, usize> = config.statuses.iter().map(|_| 0).collect();
        for commitment in commitments {
            by_status[commitment.facts.status(config)] += 1;
        }
        let count_where = |has: fn(&crate::config::Status) -> bool| {
            by_status
                .iter()
                .zip(&config.statuses)
                .filter(|(_, status)| has(status))
                .map(|(count, _)| count)
                .sum()
        };
        Tally {
            total: by_status.iter().sum(),
            assessed: count_where(|s| s.assessed),
            done: count_where(|s| s.done),
            by_status,
        }
    }

    /// The share of each status, in whole percent and in the order of `by_status`, adding up
    /// to exactly 100 (none without commitments): each share rounded down, then the points
    /// left given one each to the largest remainders (the largest remainder method; a tie goes
    /// to the status listed first). Rounding each share alone can add up to 99 or 101.
    pub(crate) fn shares(&self) -> Vec<u32> {
        let counts = self.by_status.as_slice();
        let Some(total) = (self.total > 0).then_some(self.total) else {
            return vec![0; counts.len()];
        };
        let mut shares: Vec<u32> = counts
            .iter()
            .map(|count| (count * 100 / total) as u32)
            .collect();
        let left = 100 - shares.iter().sum::<u32>() as usize;
        let mut by_remainder: Vec<usize> = (0..shares.len()).collect();
        by_remainder.sort_by_key(|&i| std::cmp::Reverse(counts[i] * 100 % total));
        for &i in by_remainder.iter().take(left) {
            shares[i] += 1;
        }
        shares
    }

    /// The share of commitments done, in whole percent, rounded down so 99.6 % is not "100 %";
    /// none while no commitment is assessed, when "0 %" would say more than anyone knows.
    pub(crate) fn percent_done(&self) -> Option<u32> {
        (self.assessed > 0).then(|| (self.done * 100 / self.total) as u32)
    }
}

/// The date a commitment was last verified, when that is longer ago than the site allows
/// (`stale_after_months`): its latest update, or the day it was made without one. A
/// commitment done is never stale: there is nothing left to verify.
pub(crate) fn stale_since(commitment: &Commitment, config: &Config, today: Date) -> Option<Date> {
    let months = config.stale_after_months?;
    if config.statuses[commitment.status(config)].done {
        return None;
    }
    let last = commitment
        .updates
        .last()
        .map_or(commitment.date, |u| u.date);
    (last.plus_months(months).days() < today.days()).then_some(last)
}

/// The day a commitment becomes overdue: the day after its due date (after the last day of
/// the month or year, for a date known only to the month or the year). `None` without a due
/// date, or when it was done by then: the status of its latest update on or before that
/// date counts as done.
pub(crate) fn overdue_from(commitment: &Commitment, config: &Config) -> Option<Date> {
    let due = commitment.due?;
    let status_then = commitment
        .updates
        .iter()
        .rfind(|u| u.date.days() <= due.last_days())
        .map_or(config.default_status, |u| u.status);
    (!config.statuses[status_then].done).then(|| Date::from_days(due.last_days() + 1))
}

/// Whether a commitment is overdue on `today`: past its due date, and not done.
pub(crate) fn is_overdue(commitment: &Commitment, config: &Config, today: Date) -> bool {
    commitment
        .due
        .is_some_and(|due| due.last_days() < today.days())
        && !config.statuses[commitment.status(config)].done
}

/// What each side last said of a commitment: the latest update a government's organisation
/// assessed (its own report), and the latest an organisation that is no government assessed
/// (an independent assessment). An update without `by` is neither: nothing is inferred.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Views<'a> {
    pub(crate) government: Option<&'a Update>,
    pub(crate) independent: Option<&'a Update>,
}

impl<'a> Views<'a> {
    pub(crate) fn of(
        commitment: &'a Commitment,
        organisations: &List<OrganisationId, Entry<Organisation>>,
    ) -> Views<'a> {
        let latest = |government: bool| {
            commitment.updates.iter().rfind(|u| {
                u.by.is_some_and(|by| {
                    (organisations[by].facts.kind == OrganisationKind::Government) == government
                })
            })
        };
        Views {
            government: latest(true),
            independent: latest(false),
        }
    }

    /// Both sides have spoken, and give different statuses.
    pub(crate) fn disagree(&self) -> bool {
        matches!((self.government, self.independent), (Some(g), Some(i)) if g.status != i.status)
    }
}

/// Where a quantitative indicator stands.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct IndicatorProgress {
    pub(crate) latest: Option<Point>,
    /// Share of the way from baseline to target, `None` when it cannot be computed.
    /// Below 0 when the value moved away from the target; above 1 when it went past it.
    pub(crate) fraction: Option<f64>,
    pub(crate) judgement: Judgement,
}

/// How an indicator is doing against the straight path from its baseline to its target by
/// the target's date (the comparison Open SDG makes, with a linear instead of a compound path,
/// since the sources give few values).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Judgement {
    /// The latest value reached or passed the target.
    Reached,
    /// At least 95 % of the way the path expects by the latest value's date.
    OnTrack,
    /// Moving toward the target, but less than 95 % of the way expected.
    OffTrack,
    /// Moved away from the target since the baseline.
    Deteriorating,
    /// No baseline, no target, no value after the baseline, or a target equal to the baseline.
    TooLittleData,
}

impl Judgement {
    pub(crate) const ALL: [Judgement; 5] = [
        Judgement::Reached,
        Judgement::OnTrack,
        Judgement::OffTrack,
        Judgement::Deteriorating,
        Judgement::TooLittleData,
    ];

    /// The class name in pages, and the end of the Fluent message `indicator-<id>`.
    pub(crate) fn id(self) -> &'static str {
        match self {
            Judgement::Reached => "reached",
            Judgement::OnTrack => "on-track",
            Judgement::OffTrack => "off-track",
            Judgement::Deteriorating => "deteriorating",
            Judgement::TooLittleData => "too-little-data",
        }
    }
}

/// Share of the expected way below which an indicator is off track.
const ON_TRACK: f64 = 0.95;

pub(crate) fn indicator_progress(measure: &Measure) -> Option<IndicatorProgress> {
    let Measure::Quantitative {
        baseline,
        target,
        values,
        ..
    } = measure
    else {
        return None;
    };
    let latest = values.last().cloned();
    let (fraction, judgement) = match (baseline, target, &latest) {
        (Some(baseline), Some(target), Some(latest)) if target.value != baseline.value => {
            let fraction = (latest.value - baseline.value) / (target.value - baseline.value);
            (Some(fraction), judge(baseline, target, latest, fraction))
        }
        _ => (None, Judgement::TooLittleData),
    };
    Some(IndicatorProgress {
        latest,
        fraction,
        judgement,
    })
}

fn judge(baseline: &Point, target: &Point, latest: &Point, fraction: f64) -> Judgement {
    let span = target.date.days() - baseline.date.days();
    let elapsed = latest.date.days() - baseline.date.days();
    if fraction >= 1.0 {
        Judgement::Reached
    } else if elapsed <= 0 || span <= 0 {
        // A value from before (or at) the baseline, or a target dated before it, says nothing
        // about the way travelled since.
        Judgement::TooLittleData
    } else if fraction < 0.0 {
        Judgement::Deteriorating
    } else {
        let expected = (elapsed as f64 / span as f64).min(1.0);
        if fraction >= ON_TRACK * expected {
            Judgement::OnTrack
        } else {
            Judgement::OffTrack
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Date;

    fn point(year: u16, value: f64) -> Point {
        Point {
            date: Date {
                year,
                month: None,
                day: None,
            },
            value,
            cited: Default::default(),
        }
    }

    fn measure(baseline: Option<f64>, target: Option<f64>, values: &[(u16, f64)]) -> Measure {
        Measure::Quantitative {
            unit: "%".into(),
            baseline: baseline.map(|v| point(2000, v)),
            target: target.map(|v| point(2030, v)),
            values: values.iter().map(|&(y, v)| point(y, v)).collect(),
        }
    }

    fn tally(by_status: &[usize]) -> Tally {
        Tally {
            by_status: by_status.to_vec().into(),
            total: by_status.iter().sum(),
            assessed: 0,
            done: 0,
        }
    }

    fn site_config() -> Config {
        let file = crate::diag::SourceFile::new(
            "site.toml",
            "base_url = \"https://example.org/\"\ndefault_language = \"fr\"\n[[languages]]\ncode = \"fr\"\nname = \"Français\"\n",
        );
        crate::config::parse(&file, None, &mut crate::diag::Diagnostics::default()).unwrap()
    }

    /// A commitment made in January 2024, due `due`, with an update of each `(date, status)`.
    fn due(due: &str, updates: &[(&str, &str)]) -> (Commitment, Config) {
        let config = site_config();
        let commitment = Commitment {
            country: crate::model::CountryId::FIRST,
            pillars: Vec::new(),
            date: Date::parse("2024-01").unwrap(),
            due: Some(Date::parse(due).unwrap()),
            responsible: Vec::new(),
            meeting: None,
            recommendations: Vec::new(),
            updates: updates
                .iter()
                .map(|&(date, status)| crate::model::Update {
                    id: None,
                    date: Date::parse(date).unwrap(),
                    status: config.status_id(status).unwrap(),
                    note: Default::default(),
                    meeting: None,
                    source: None,
                    source_url: None,
                    by: None,
                })
                .collect(),
            indicators: Vec::new(),
        };
        (commitment, config)
    }

    fn day(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    #[test]
    fn a_commitment_is_overdue_from_the_day_after_its_due_period_ends() {
        let (by_day, config) = due("2025-06-30", &[("2024-03", "in-progress")]);
        assert_eq!(overdue_from(&by_day, &config), Some(day("2025-07-01")));
        assert!(!is_overdue(&by_day, &config, day("2025-06-30")));
        assert!(is_overdue(&by_day, &config, day("2025-07-01")));
        let (by_month, config) = due("2025-02", &[]);
        assert_eq!(overdue_from(&by_month, &config), Some(day("2025-03-01")));
        let (by_year, config) = due("2025", &[]);
        assert_eq!(overdue_from(&by_year, &config), Some(day("2026-01-01")));
        assert!(!is_overdue(&by_year, &config, day("2025-12-31")));
    }

    #[test]
    fn a_commitment_done_in_time_never_was_overdue_and_one_done_late_no_longer_is() {
        let (in_time, config) = due("2025-06", &[("2025-06-15", "completed")]);
        assert_eq!(overdue_from(&in_time, &config), None);
        assert!(!is_overdue(&in_time, &config, day("2026-01-01")));
        let (late, config) = due("2025-06", &[("2025-09-01", "completed")]);
        assert_eq!(overdue_from(&late, &config), Some(day("2025-07-01")));
        assert!(!is_overdue(&late, &config, day("2026-01-01")));
        let (undone, config) = due(
            "2025-06",
            &[("2025-05", "completed"), ("2025-08", "stalled")],
        );
        assert_eq!(overdue_from(&undone, &config), None, "done by its date");
        assert!(
            is_overdue(&undone, &config, day("2026-01-01")),
            "not done now"
        );
    }

    #[test]
    fn no_share_completed_is_given_while_nothing_is_assessed() {
        let none_assessed = tally(&[11, 0, 0, 0, 0]);
        assert_eq!(none_assessed.percent_done(), None, "not \"0 % completed\"");
        let some = Tally {
            assessed: 4,
            done: 1,
            ..tally(&[7, 1, 2, 1, 0])
        };
        assert_eq!(some.percent_done(), Some(9), "1 of 11, rounded down");
    }

    #[test]
    fn the_shares_of_a_breakdown_add_up_to_a_hundred() {
        // Each third rounds to 33: the point left goes to the first of the equal remainders.
        assert_eq!(tally(&[1, 1, 1]).shares(), [34, 33, 33]);
        // 2/7 = 28.57, 2/7, 3/7 = 42.86: rounded alone they make 29 + 29 + 43 = 101; the larger
        // remainder (.86) and then the first of the equal ones (.57) get the two points left.
        assert_eq!(tally(&[2, 2, 3]).shares(), [29, 28, 43]);
        // 1/6 = 16.67 each of three, 3/6 = 50: rounded alone, 17 × 3 + 50 = 101.
        assert_eq!(tally(&[1, 0, 1, 1, 3]).shares(), [17, 0, 17, 16, 50]);
        for counts in [
            [1, 1, 1, 0, 4],
            [3, 3, 3, 3, 1],
            [0, 7, 0, 0, 0],
            [5, 9, 2, 0, 11],
        ] {
            assert_eq!(
                tally(&counts).shares().iter().sum::<u32>(),
                100,
                "{counts:?}"
            );
        }
        assert_eq!(tally(&[0, 0]).shares(), [0, 0]);
    }

    #[test]
    fn progress_toward_a_rising_target() {
        let p = indicator_progress(&measure(
            Some(46.0),
            Some(66.0),
            &[(2010, 50.0), (2020, 56.0)],
        ))
        .unwrap();
        assert_eq!(p.fraction, Some(0.5));
        assert_eq!(p.latest, Some(point(2020, 56.0)));
    }

    #[test]
    fn progress_toward_a_falling_target_and_deterioration() {
        let p = indicator_progress(&measure(Some(100.0), Some(50.0), &[(2010, 75.0)])).unwrap();
        assert_eq!(p.fraction, Some(0.5));
        let worse =
            indicator_progress(&measure(Some(100.0), Some(50.0), &[(2010, 110.0)])).unwrap();
        assert_eq!(worse.fraction, Some(-0.2));
    }

    fn dated(date: &str, value: f64) -> Point {
        Point {
            date: Date::parse(date).unwrap(),
            value,
            cited: Default::default(),
        }
    }

    fn judgement(baseline: &Point, target: &Point, values: &[Point]) -> Judgement {
        let measure = Measure::Quantitative {
            unit: "percent".into(),
            baseline: Some(baseline.clone()),
            target: Some(target.clone()),
            values: values.to_vec(),
        };
        indicator_progress(&measure).unwrap().judgement
    }

    #[test]
    fn judges_against_the_straight_path_to_the_target() {
        let (b, t) = (dated("2020", 0.0), dated("2030", 100.0));
        // Halfway in time: 50 expected.
        assert_eq!(
            judgement(&b, &t, &[dated("2025", 50.0)]),
            Judgement::OnTrack
        );
        assert_eq!(
            judgement(&b, &t, &[dated("2025", 48.0)]),
            Judgement::OnTrack
        );
        assert_eq!(
            judgement(&b, &t, &[dated("2025", 40.0)]),
            Judgement::OffTrack
        );
        assert_eq!(
            judgement(&b, &t, &[dated("2025", -1.0)]),
            Judgement::Deteriorating
        );
        assert_eq!(
            judgement(&b, &t, &[dated("2025", 100.0)]),
            Judgement::Reached
        );
        // Overshoot counts as reached, also for a falling target.
        assert_eq!(
            judgement(&b, &t, &[dated("2022", 130.0)]),
            Judgement::Reached
        );
        let (high, low) = (dated("2020", 80.0), dated("2030", 20.0));
        assert_eq!(
            judgement(&high, &low, &[dated("2025", 50.0)]),
            Judgement::OnTrack
        );
        assert_eq!(
            judgement(&high, &low, &[dated("2025", 90.0)]),
            Judgement::Deteriorating
        );
        assert_eq!(
            judgement(&high, &low, &[dated("2026", 10.0)]),
            Judgement::Reached
        );
    }

    #[test]
    fn too_little_data_is_said_so() {
        let (b, t) = (dated("2020", 0.0), dated("2030", 100.0));
        // A single value at the baseline's date: no way travelled yet.
        assert_eq!(
            judgement(&b, &t, &[dated("2020", 0.0)]),
            Judgement::TooLittleData
        );
        // A value dated before the baseline.
        assert_eq!(
            judgement(&b, &t, &[dated("2019", 10.0)]),
            Judgement::TooLittleData
        );
        // A target dated before the baseline.
        assert_eq!(
            judgement(&b, &dated("2010", 100.0), &[dated("2025", 10.0)]),
            Judgement::TooLittleData
        );
        // Baseline equal to target.
        assert_eq!(
            judgement(&b, &dated("2030", 0.0), &[dated("2025", 0.0)]),
            Judgement::TooLittleData
        );
        // Past the target's date, the whole way is expected.
        assert_eq!(
            judgement(&b, &t, &[dated("2035", 90.0)]),
            Judgement::OffTrack
        );
    }

    #[test]
    fn no_progress_without_target_or_when_baseline_equals_target() {
        let p = indicator_progress(&measure(None, None, &[(2000, 46.0), (2020, 56.0)])).unwrap();
        assert_eq!(p.fraction, None);
        assert_eq!(p.latest.unwrap().value, 56.0);
        assert_eq!(
            indicator_progress(&measure(Some(5.0), Some(5.0), &[(2010, 5.0)]))
                .unwrap()
                .fraction,
            None
        );
        assert!(indicator_progress(&Measure::Qualitative { milestones: vec![] }).is_none());
    }
}
