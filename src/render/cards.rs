//! Commitment cards, each rendered once per language by the theme's `card.html` and reused
//! by every list that shows it, as Hugo's `partialCached` does: at 10,000 commitments a card is
//! in about six lists (all commitments, its country, its pillars, its status, its cell of the
//! matrix, its meeting), and rendering and serialising it again for each was most of what those
//! pages cost.
//!
//! Invariant: a card's HTML depends only on the commitment, the language, the link style and
//! whether it names the country, never on the page that lists it, so it is the same wherever it
//! is reused. Its links are still marked (see [`super::links`]): each page resolves them from
//! where it is. A card is made when a page first asks for it, so `swivi serve`, which renders one
//! page at a time, makes only the cards of the pages it is asked for.

use std::sync::OnceLock;

use serde::Serialize;
use tera::{Context, Tera};

use crate::config::LanguageId;
use crate::ids::List;
use crate::model::{CommitmentId, Site};
use crate::present::{CommitmentCard, Lens, StatusView};

/// The template that renders one card, from a [`CardContext`].
pub(crate) const TEMPLATE: &str = "card.html";

/// Commitments that share a status, as lists show them: the status, how many, and their
/// cards already rendered (see this module).
#[derive(Serialize)]
pub(crate) struct StatusGroup {
    /// The status.
    pub(crate) status: StatusView,
    /// How many, in words ("3 commitments").
    pub(crate) count_text: String,
    /// Their cards, rendered by `card.html` (HTML).
    pub(crate) cards: String,
}

/// What `card.html` receives.
#[derive(Serialize)]
pub(crate) struct CardContext {
    /// The commitment.
    pub(crate) c: CommitmentCard,
    /// Whether the card names the commitment's country (not on the country's own page).
    pub(crate) show_country: bool,
}

/// One commitment's card in one language, once made: naming its country, and not.
type Made = [OnceLock<Box<str>>; 2];

/// The cards made so far, per language, per commitment.
pub(crate) struct Cards(List<LanguageId, List<CommitmentId, Made>>);

impl Cards {
    pub(crate) fn new(site: &Site) -> Cards {
        let per_language = || {
            site.commitments
                .iter()
                .map(|_| [OnceLock::new(), OnceLock::new()])
                .collect()
        };
        Cards(
            site.config
                .languages
                .iter()
                .map(|_| per_language())
                .collect(),
        )
    }

    /// The cards of the language at `l`.
    pub(crate) fn of(&self, l: LanguageId) -> &List<CommitmentId, Made> {
        &self.0[l]
    }

    /// Lets go of the cards of the language at `l`, once its pages are made.
    pub(crate) fn forget(&mut self, l: LanguageId) {
        self.0[l] = List::default();
    }
}

/// One language's cards, rendered with its templates and seen through its lens.
pub(crate) struct Lists<'a> {
    pub(crate) tera: &'a Tera,
    pub(crate) lens: &'a Lens<'a>,
    pub(crate) cards: &'a List<CommitmentId, Made>,
}

impl Lists<'_> {
    /// The cards of `commitments`, in that order, one after the other.
    pub(crate) fn list(
        &self,
        commitments: &[CommitmentId],
        show_country: bool,
    ) -> tera::Result<String> {
        let mut html = String::new();
        for &c in commitments {
            html.push_str(self.card(c, show_country)?);
        }
        Ok(html)
    }

    /// The cards of `commitments` by status (see [`Lens::by_status`]).
    pub(crate) fn by_status(
        &self,
        commitments: &[CommitmentId],
        show_country: bool,
    ) -> tera::Result<Vec<StatusGroup>> {
        self.lens
            .by_status(commitments)
            .into_iter()
            .map(|(status, group)| {
                Ok(StatusGroup {
                    status: self.lens.status(status),
                    count_text: self.lens.count("commitment-count", group.len()),
                    cards: self.list(&group, show_country)?,
                })
            })
            .collect()
    }

    fn card(&self, c: CommitmentId, show_country: bool) -> tera::Result<&str> {
        let made = &self.cards[c][usize::from(!show_country)];
        if let Some(html) = made.get() {
            return Ok(html);
        }
        let context = CardContext {
            c: self.lens.commitment_card(c),
            show_country,
        };
        let html = self
            .tera
            .render(TEMPLATE, &Context::from_serialize(context)?)?;
        // Two threads may render the same card at once: they make the same bytes. Boxed, the
        // card holds no spare capacity: a language's cards are kept until its pages are made.
        Ok(made.get_or_init(|| html.into_boxed_str()))
    }
}
