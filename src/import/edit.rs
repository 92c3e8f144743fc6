//! The front matter of a content file as `swivi import` changes it: values set, removed or
//! added through toml_edit, which keeps everything else (comments, order, blank lines, the
//! way each other value is written) as the editor left it. Pure: text in, text out.

use toml_edit::{ArrayOfTables, DocumentMut, Item, Key, Table, Value};

use crate::content::frontmatter;
use crate::model::Date;
use crate::model::schema::{self, Kind};

/// A field and its new value; none to remove it.
pub(crate) type Setting = (&'static str, Option<Value>);

pub(crate) struct FrontMatter {
    /// The file up to the front matter (`+++` and its line end).
    head: String,
    doc: DocumentMut,
    /// The closing `+++` and the body.
    tail: String,
}

impl FrontMatter {
    /// The front matter of `text`, which `swivi check` has read already.
    pub(crate) fn read(text: &str) -> Result<FrontMatter, String> {
        let split = frontmatter::split(text)
            .map_err(|_| "it has no front matter between `+++` lines".to_owned())?;
        let doc = text[split.front_matter.clone()]
            .parse::<DocumentMut>()
            .map_err(|e| e.to_string())?;
        Ok(FrontMatter {
            head: text[..split.front_matter.start].to_owned(),
            doc,
            tail: text[split.front_matter.end..].to_owned(),
        })
    }

    /// The front matter of a new file, without a body.
    pub(crate) fn new() -> FrontMatter {
        FrontMatter {
            head: "+++\n".to_owned(),
            doc: DocumentMut::new(),
            tail: "+++\n".to_owned(),
        }
    }

    pub(crate) fn text(&self) -> String {
        let newline = if self.head.ends_with("\r\n") {
            "\r\n"
        } else {
            "\n"
        };
        let mut front_matter = self.doc.to_string();
        if newline == "\r\n" {
            // What toml_edit adds is written with `\n`: in the file's own line endings.
            front_matter = front_matter.replace("\r\n", "\n").replace('\n', "\r\n");
        }
        format!("{}{front_matter}{}", self.head, self.tail)
    }

    /// The fields of a commitment's file.
    pub(crate) fn set(&mut self, settings: &[Setting]) {
        set_all(self.doc.as_table_mut(), &schema::COMMITMENT, settings);
    }

    /// The update of a commitment's file dated `date`; none if it has none.
    pub(crate) fn update(&mut self, date: Date) -> Option<&mut Table> {
        let updates = self.doc.get_mut("updates")?.as_array_of_tables_mut()?;
        updates.iter_mut().find(|u| date_of(u) == Some(date))
    }

    /// The update of a translation named `id` (when its original has one) or dated `date`,
    /// added after the others if the translation has none yet.
    pub(crate) fn translated_update(&mut self, id: Option<&str>, date: Date) -> &mut Table {
        let updates = self.list("updates");
        let named = |u: &Table| match id {
            Some(id) => u.get("id").and_then(Item::as_str) == Some(id),
            None => date_of(u) == Some(date),
        };
        let found = updates.iter().position(named);
        match found {
            Some(at) => updates.get_mut(at).expect("found above"),
            None => {
                let mut table = new_table();
                match id {
                    Some(id) => table.insert("id", Item::Value(id.into())),
                    None => table.insert("date", Item::Value(date.to_string().into())),
                };
                updates.push(table);
                updates.get_mut(updates.len() - 1).expect("just pushed")
            }
        }
    }

    /// A new table of the list `list` (`updates`), after the others.
    pub(crate) fn push(&mut self, list: &str, fields: &[Setting]) {
        let mut table = new_table();
        set_all(&mut table, &schema::UPDATE, fields);
        self.list(list).push(table);
    }

    /// The list of tables `name`, made if the file has none.
    fn list(&mut self, name: &str) -> &mut ArrayOfTables {
        let item = self
            .doc
            .entry(name)
            .or_insert_with(|| Item::ArrayOfTables(ArrayOfTables::new()));
        item.as_array_of_tables_mut()
            .expect("`swivi check` has read this list as tables")
    }
}

/// A table to add to a list, after a blank line as `swivi new` writes them.
fn new_table() -> Table {
    let mut table = Table::new();
    table.decor_mut().set_prefix("\n");
    table
}

/// Each field set to its value, written where it was and as it was decorated (a comment
/// after it stays), or added where `kind`'s fields put it; or removed.
pub(crate) fn set_all(table: &mut Table, kind: &'static Kind, settings: &[Setting]) {
    let order: Vec<&str> = kind.front_matter().map(|f| f.name).collect();
    let order = order.as_slice();
    for (key, value) in settings {
        match value {
            None => {
                table.remove(key);
            }
            Some(value) => {
                let mut value = value.clone();
                match table.get_mut(key).and_then(Item::as_value_mut) {
                    Some(old) => {
                        *value.decor_mut() = old.decor().clone();
                        *old = value;
                    }
                    None => insert_in_order(table, key, Item::Value(value), order),
                }
            }
        }
    }
}

/// `key` added to `table` before the first of its values that `order` puts after it, the
/// values after it moved with their decoration; the tables stay where they are.
fn insert_in_order(table: &mut Table, key: &str, item: Item, order: &[&str]) {
    let rank = |k: &str| order.iter().position(|o| *o == k);
    let after: Vec<String> = match rank(key) {
        Some(mine) => table
            .iter()
            .filter(|(_, item)| item.is_value())
            .map(|(k, _)| k.to_owned())
            .skip_while(|k| rank(k).is_none_or(|r| r < mine))
            .collect(),
        None => Vec::new(),
    };
    let moved: Vec<(Key, Item)> = after.iter().filter_map(|k| table.remove_entry(k)).collect();
    table.insert(key, item);
    for (key, item) in moved {
        table.insert_formatted(&key, item);
    }
}

fn date_of(table: &Table) -> Option<Date> {
    Date::parse(table.get("date")?.as_str()?).ok()
}

/// A list of strings as a TOML array.
pub(crate) fn strings(items: &[String]) -> Value {
    Value::Array(items.iter().map(String::as_str).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = "+++\n# The source's words.\ntitle = \"Old\" # checked\ncountry = \"cl\"\ndue = \"2025\"\n\n[[updates]]\ndate = \"2023-05\"\nstatus = \"in-progress\"\nnote = \"Begun.\"\n+++\nBody.\n";

    #[test]
    fn only_what_is_set_changes() {
        let mut file = FrontMatter::read(FILE).unwrap();
        file.set(&[("title", Some("New".into())), ("due", None)]);
        let date = Date::parse("2023-05").unwrap();
        set_all(
            file.update(date).unwrap(),
            &schema::UPDATE,
            &[("note", Some("Begun again.".into()))],
        );
        assert_eq!(
            file.text(),
            "+++\n# The source's words.\ntitle = \"New\" # checked\ncountry = \"cl\"\n\n[[updates]]\ndate = \"2023-05\"\nstatus = \"in-progress\"\nnote = \"Begun again.\"\n+++\nBody.\n"
        );
        assert_eq!(FrontMatter::read(FILE).unwrap().text(), FILE);
    }

    #[test]
    fn fields_are_added_in_the_schema_s_order() {
        let mut file = FrontMatter::read(FILE).unwrap();
        file.set(&[
            ("pillars", Some(strings(&["humane-management".to_owned()]))),
            ("date", Some("2022-10".into())),
        ]);
        assert!(
            file.text().starts_with(
                "+++\n# The source's words.\ntitle = \"Old\" # checked\ncountry = \"cl\"\npillars = [\"humane-management\"]\ndate = \"2022-10\"\ndue = \"2025\"\n\n[[updates]]"
            ),
            "{}",
            file.text()
        );
    }

    #[test]
    fn tables_are_added_after_the_others() {
        let mut file = FrontMatter::read(FILE).unwrap();
        file.push(
            "updates",
            &[
                ("date", Some("2024-01-02".into())),
                ("note", Some("Done.".into())),
            ],
        );
        assert!(
            file.text().ends_with(
                "note = \"Begun.\"\n\n[[updates]]\ndate = \"2024-01-02\"\nnote = \"Done.\"\n+++\nBody.\n"
            ),
            "{}",
            file.text()
        );
        let mut translation = FrontMatter::new();
        translation.set(&[("title", Some("Nuevo".into()))]);
        let date = Date::parse("2023-05").unwrap();
        set_all(
            translation.translated_update(None, date),
            &schema::UPDATE,
            &[("note", Some("Empezado.".into()))],
        );
        assert_eq!(
            translation.text(),
            "+++\ntitle = \"Nuevo\"\n\n[[updates]]\ndate = \"2023-05\"\nnote = \"Empezado.\"\n+++\n"
        );
    }
}
