//! Progress figures: commitments counted by status for any group of commitments, and the
//! progress of a quantitative indicator toward its target.
//!
//! Pure arithmetic over the model; the methodology page explains the same rules to readers.

use crate::config::Config;
use crate::model::{Commitment, Entry, Measure, Point};

/// Commitments of a group (a country, a pillar, the site) counted by status.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Tally {
    /// One count per configured status, in the configured order.
    pub(crate) by_status: Vec<usize>,
    pub(crate) total: usize,
    /// Commitments whose status counts as done.
    pub(crate) done: usize,
}

impl Tally {
    pub(crate) fn of<'a>(
        config: &Config,
        commitments: impl IntoIterator<Item = &'a Entry<Commitment>>,
    ) -> Tally {
        let mut by_status = vec![0; config.statuses.len()];
        for commitment in commitments {
            by_status[commitment.facts.status(config)] += 1;
        }
        let done = by_status
            .iter()
            .zip(&config.statuses)
            .filter(|(_, status)| status.done)
            .map(|(count, _)| count)
            .sum();
        Tally {
            total: by_status.iter().sum(),
            by_status,
            done,
        }
    }

    /// The share of commitments done, in whole percent, rounded down so 99.6 % is not "100 %".
    pub(crate) fn percent_done(&self) -> Option<u32> {
        (self.total > 0).then(|| (self.done * 100 / self.total) as u32)
    }
}

/// Where a quantitative indicator stands.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct IndicatorProgress {
    pub(crate) latest: Option<Point>,
    /// Share of the way from baseline to target, `None` when it cannot be computed.
    /// Below 0 when the value moved away from the target; above 1 when it went past it.
    pub(crate) fraction: Option<f64>,
}

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
    let latest = values.last().copied();
    let fraction = match (baseline, target, latest) {
        (Some(baseline), Some(target), Some(latest)) if target.value != baseline.value => {
            Some((latest.value - baseline.value) / (target.value - baseline.value))
        }
        _ => None,
    };
    Some(IndicatorProgress { latest, fraction })
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
