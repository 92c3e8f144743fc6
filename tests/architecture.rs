//! The structure of `src/`, drawn from its imports: no module may import another that imports
//! it back, however far round. Each file is a module; it imports every module whose items its
//! code names, through `crate::`, `super::`, `self::` or one of its own submodules (`views::Lens`),
//! in `use` declarations and in paths alike. What its tests, comments and strings say does not
//! count, nor do visibilities (`pub(super)`).
//!
//! A circle means two modules that cannot be understood, tested or changed one without the
//! other: the fix is to move what both need below both, not to allow it here.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// A module, by its path from the crate's root (`["render", "cards"]`; `[]` is the root).
type Module = Vec<String>;

#[test]
fn no_module_of_src_imports_one_that_imports_it_back() {
    let modules = modules(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"));
    let graph: BTreeMap<&Module, BTreeSet<Module>> = modules
        .iter()
        .map(|(module, code)| (module, imports(module, code, &modules)))
        .collect();
    let circles: Vec<String> = graph
        .keys()
        .filter_map(|&module| circle_through(module, &graph))
        .map(|circle| circle.join(" → "))
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    assert!(
        circles.is_empty(),
        "modules of src/ that import each other, through the imports shown:\n{}",
        circles.join("\n")
    );
}

/// The graph is drawn from what the code says: a module that names another is seen to.
#[test]
fn the_graph_sees_every_way_of_naming_a_module() {
    let modules: BTreeMap<Module, String> = [
        (vec![], String::new()),
        (vec!["a".to_owned()], String::new()),
        (vec!["b".to_owned()], String::new()),
        (vec!["b".to_owned(), "c".to_owned()], String::new()),
        (vec!["d".to_owned()], String::new()),
    ]
    .into();
    let names = |module: &[&str], code: &str| -> Vec<String> {
        let module: Module = module.iter().map(|s| (*s).to_owned()).collect();
        imports(&module, &code_of(code), &modules)
            .into_iter()
            .map(|m| m.join("::"))
            .collect()
    };
    assert_eq!(names(&["a"], "use crate::b::c::X;"), ["b::c"]);
    assert_eq!(names(&["a"], "use crate::{b::c, d::Y};"), ["b::c", "d"]);
    assert_eq!(names(&["b", "c"], "fn f() { super::super::a::g() }"), ["a"]);
    assert_eq!(names(&["b"], "fn f() -> c::X { todo!() }"), ["b::c"]);
    assert_eq!(names(&["b", "c"], "use super::Z;"), ["b"]);
    assert!(names(&["b", "c"], "pub(super) fn f() {}").is_empty());
    assert!(names(&["a"], "// crate::d::x\nconst S: &str = \"crate::d\";").is_empty());
    assert!(
        names(
            &["a"],
            "fn f() {}\n#[cfg(test)]\nmod tests {\n use crate::d::*;\n}"
        )
        .is_empty()
    );
}

/// Every module of the crate under `src`, with its code as [`code_of`] keeps it.
fn modules(src: &Path) -> BTreeMap<Module, String> {
    let mut modules = BTreeMap::new();
    let mut folders = vec![src.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).expect("src/ reads") {
            let path = entry.expect("src/ reads").path();
            if path.is_dir() {
                folders.push(path);
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let relative = path
                .strip_prefix(src)
                .expect("under src/")
                .with_extension("");
            let mut module: Module = relative
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            if matches!(
                module.last().map(String::as_str),
                Some("mod" | "lib" | "main")
            ) {
                module.pop();
            }
            let text = std::fs::read_to_string(&path).expect("a source file reads");
            modules.insert(module, code_of(&text));
        }
    }
    modules
}

/// The code of a file without its test module, comments, strings, characters and
/// visibilities: what is left names only what the module uses.
fn code_of(text: &str) -> String {
    let tests = text.match_indices("#[cfg(test)]\n").find(|(at, marker)| {
        let next_line = text[at + marker.len()..].lines().next().unwrap_or_default();
        next_line.ends_with("mod tests {")
    });
    let text = tests.map_or(text, |(at, _)| &text[..at]);
    let chars: Vec<char> = text.chars().collect();
    let mut code = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let rest = &chars[i..];
        match rest {
            ['/', '/', ..] => {
                while i < chars.len() && chars[i] != '\n' {
                    i += 1;
                }
            }
            ['/', '*', ..] => {
                i += 2;
                while i + 1 < chars.len() && !(chars[i] == '*' && chars[i + 1] == '/') {
                    i += 1;
                }
                i += 2;
            }
            ['r', '#', ..] | ['r', '"', ..] if !ident_before(&chars, i) => {
                let hashes = rest[1..].iter().take_while(|&&c| c == '#').count();
                i += 2 + hashes;
                let close: Vec<char> = std::iter::once('"')
                    .chain(std::iter::repeat_n('#', hashes))
                    .collect();
                while i < chars.len() && !chars[i..].starts_with(&close) {
                    i += 1;
                }
                i += close.len();
                code.push_str("\"\"");
            }
            ['"', ..] => {
                i += 1;
                while i < chars.len() && chars[i] != '"' {
                    i += if chars[i] == '\\' { 2 } else { 1 };
                }
                i += 1;
                code.push_str("\"\"");
            }
            ['\'', '\\', ..] => {
                i += 2;
                while i < chars.len() && chars[i] != '\'' {
                    i += 1;
                }
                i += 1;
            }
            ['\'', _, '\'', ..] => i += 3,
            _ => {
                code.push(chars[i]);
                i += 1;
            }
        }
    }
    for visibility in ["pub(crate)", "pub(super)", "pub(self)"] {
        code = code.replace(visibility, "pub");
    }
    while let Some(start) = code.find("pub(in ") {
        let end = code[start..]
            .find(')')
            .map_or(code.len(), |e| start + e + 1);
        code.replace_range(start..end, "pub");
    }
    code
}

fn ident_before(chars: &[char], i: usize) -> bool {
    i > 0 && (chars[i - 1].is_alphanumeric() || chars[i - 1] == '_')
}

/// The modules that `module` (whose code is `code`) names, but itself.
fn imports(module: &Module, code: &str, modules: &BTreeMap<Module, String>) -> BTreeSet<Module> {
    let mut named = BTreeSet::new();
    let children: Vec<&String> = modules
        .keys()
        .filter(|m| m.len() == module.len() + 1 && m.starts_with(module))
        .filter_map(|m| m.last())
        .collect();
    let tokens = tokens(code);
    for (i, token) in tokens.iter().enumerate() {
        let after_path = i > 0 && tokens[i - 1] == "::";
        let start: Option<Module> = match token.as_str() {
            "crate" if !after_path => Some(Vec::new()),
            "super" if !after_path => Some(module[..module.len().saturating_sub(1)].to_vec()),
            "self" if !after_path => Some(module.clone()),
            name if !after_path
                && tokens.get(i + 1).is_some_and(|t| t == "::")
                && children.iter().any(|c| *c == name) =>
            {
                let mut child = module.clone();
                child.push(name.to_owned());
                named.insert(child);
                continue;
            }
            _ => None,
        };
        let Some(start) = start else { continue };
        for path in paths(&tokens[i + 1..], start) {
            if let Some(found) = longest_module(&path, modules) {
                named.insert(found);
            }
        }
    }
    named.remove(module);
    named
}

/// The paths that follow a `crate`, `super` or `self` at the start of `tokens`, from the
/// module `start`: one, or one per item of a `{…}` group, nested groups included.
fn paths(tokens: &[String], start: Module) -> Vec<Module> {
    let mut path = start;
    let mut i = 0;
    while i + 1 < tokens.len() && tokens[i] == "::" {
        let next = &tokens[i + 1];
        if next == "{" {
            return group(&tokens[i + 2..], path);
        }
        if next == "super" {
            path.pop();
        } else if next.chars().all(|c| c.is_alphanumeric() || c == '_') {
            path.push(next.clone());
        } else {
            break;
        }
        i += 2;
    }
    vec![path]
}

/// The paths of a `{a::b, c::{d, e}, self}` group, whose items follow `prefix`.
fn group(tokens: &[String], prefix: Module) -> Vec<Module> {
    let mut found = Vec::new();
    let mut depth = 0;
    let mut item_start = 0;
    for (i, token) in tokens.iter().enumerate() {
        match token.as_str() {
            "{" => depth += 1,
            "}" if depth == 0 => {
                found.extend(item(&tokens[item_start..i], &prefix));
                break;
            }
            "}" => depth -= 1,
            "," if depth == 0 => {
                found.extend(item(&tokens[item_start..i], &prefix));
                item_start = i + 1;
            }
            _ => {}
        }
    }
    found
}

fn item(tokens: &[String], prefix: &Module) -> Vec<Module> {
    match tokens.first().map(String::as_str) {
        None | Some("self" | "*") => vec![prefix.clone()],
        Some(first) => {
            let mut start = prefix.clone();
            start.push(first.to_owned());
            paths(&tokens[1..], start)
        }
    }
}

/// The module that `path` names, or names an item of: its longest start that is a module.
fn longest_module(path: &Module, modules: &BTreeMap<Module, String>) -> Option<Module> {
    (0..=path.len())
        .rev()
        .map(|n| path[..n].to_vec())
        .find(|m| modules.contains_key(m))
}

/// Identifiers, `::` and single punctuation characters.
fn tokens(code: &str) -> Vec<String> {
    let mut tokens = Vec::new();
    let mut chars = code.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_alphanumeric() || c == '_' {
            let mut ident = String::from(c);
            while let Some(&next) = chars.peek() {
                if !(next.is_alphanumeric() || next == '_') {
                    break;
                }
                ident.push(next);
                chars.next();
            }
            tokens.push(ident);
        } else if c == ':' && chars.peek() == Some(&':') {
            chars.next();
            tokens.push("::".to_owned());
        } else if !c.is_whitespace() {
            tokens.push(c.to_string());
        }
    }
    tokens
}

/// A circle of imports from `module` back to it, as the modules along it, when there is one.
fn circle_through(
    module: &Module,
    graph: &BTreeMap<&Module, BTreeSet<Module>>,
) -> Option<Vec<String>> {
    // Breadth first, so the circle shown is a shortest one.
    let mut came_from: BTreeMap<&Module, &Module> = BTreeMap::new();
    let mut frontier = vec![module];
    while !frontier.is_empty() {
        let mut next = Vec::new();
        for from in frontier {
            for to in graph.get(from).into_iter().flatten() {
                if to == module {
                    let mut back = Vec::new();
                    let mut at = from;
                    while at != module {
                        back.push(name(at));
                        at = came_from[at];
                    }
                    let circle: Vec<String> = std::iter::once(name(module))
                        .chain(back.into_iter().rev())
                        .chain([name(module)])
                        .collect();
                    // Each circle is listed once, from its first module in name order.
                    let first = circle.iter().min()?;
                    return (*first == circle[0]).then_some(circle);
                }
                let (to, _) = graph.get_key_value(to)?;
                if !came_from.contains_key(to) {
                    came_from.insert(to, from);
                    next.push(*to);
                }
            }
        }
        frontier = next;
    }
    None
}

fn name(module: &Module) -> String {
    if module.is_empty() {
        "lib".to_owned()
    } else {
        module.join("::")
    }
}
