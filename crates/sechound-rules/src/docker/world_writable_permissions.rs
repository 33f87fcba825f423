use super::{instructions, is_dockerfile, program, simple_commands};
use crate::{FileContext, FileRule, TextFile, TextKind, declare_rule};

declare_rule! {
    /// ## What it finds
    /// Files made writable by everyone in the image: `chmod 777` / `666` / any mode whose
    /// last digit grants write, `chmod o+w` / `a+w` / `a=rwx` in a `RUN`, and
    /// `COPY --chmod=` / `ADD --chmod=` with such a mode.
    ///
    /// ## Why it matters
    /// World-writable application files, scripts or directories let any process in the
    /// container (a compromised dependency, a lower-privileged user) replace code that a more
    /// privileged process later runs.
    ///
    /// ## Not reported
    /// Modes that keep others from writing (`755`, `644`, `u+x`), and the sticky-bit
    /// `1777` on `/tmp`-style directories.
    ///
    /// ## Example
    /// ```dockerfile
    /// RUN chmod -R 777 /app      # reported
    /// ```
    pub struct WorldWritablePermissions {
        id: "docker.world-writable-permissions",
        title: "Files made world-writable in the image",
        severity: Medium,
        confidence: High,
        area: Infrastructure,
        cwe: [732],
        owasp: A05,
        effort: Minutes,
        impact: "Any user or process in the container can modify the files, including code and configuration that the application trusts.",
        recommendation: "Give ownership to the runtime user instead (`COPY --chown=app:app`, `chown -R app:app /app`) and use modes such as `755` for directories and `644` for files; keep write access to the directories the application really writes to.",
        verification: "`docker run --rm <image> find / -xdev -perm -o+w -type f` lists no application files, and `sechound review` no longer reports the Dockerfile.",
    }
}

/// Whether a `chmod` mode lets others write: an octal mode whose last digit has the write
/// bit (except the sticky `1777`), or a symbolic clause giving `o`/`a` write.
fn world_writable(mode: &str) -> bool {
    if mode.chars().all(|c| c.is_ascii_digit()) && (3..=4).contains(&mode.len()) {
        if mode.len() == 4 && mode.starts_with('1') {
            return false;
        }
        let last = mode.chars().last().and_then(|c| c.to_digit(8));
        return last.is_some_and(|d| d & 2 != 0);
    }
    mode.split(',').any(|clause| {
        let Some(at) = clause.find(['+', '=']) else {
            return false;
        };
        let (who, what) = clause.split_at(at);
        (who.contains('o') || who.contains('a')) && what[1..].contains('w')
    })
}

impl FileRule for WorldWritablePermissions {
    fn meta(&self) -> &'static sechound_core::RuleMeta {
        &Self::META
    }

    fn applies_to(&self, kind: TextKind) -> bool {
        is_dockerfile(kind)
    }

    fn check(&self, file: &TextFile<'_>, cx: &mut FileContext) {
        for instruction in instructions(file) {
            let mode = match instruction.keyword.as_str() {
                "COPY" | "ADD" => instruction
                    .args
                    .split_whitespace()
                    .find_map(|w| w.strip_prefix("--chmod="))
                    .filter(|m| world_writable(m))
                    .map(str::to_string),
                "RUN" => simple_commands(&instruction.args).iter().find_map(|c| {
                    let (name, args) = program(c)?;
                    if name != "chmod" {
                        return None;
                    }
                    args.iter()
                        .find(|a| !a.starts_with('-') || a.starts_with("-w"))
                        .filter(|m| world_writable(m))
                        .cloned()
                }),
                _ => None,
            };
            if let Some(mode) = mode {
                cx.report(
                    instruction.range.clone(),
                    format!("Mode `{mode}` makes files writable by every user in the container."),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::world_writable;

    #[test]
    fn modes() {
        for bad in [
            "777", "666", "0777", "a+w", "o+w", "a=rwx", "u+x,o+w", "+w,o+rw",
        ] {
            assert!(world_writable(bad), "{bad}");
        }
        for good in [
            "755", "644", "0755", "1777", "u+x", "g+w", "+x", "go-w", "a+rx",
        ] {
            assert!(!world_writable(good), "{good}");
        }
    }
}
