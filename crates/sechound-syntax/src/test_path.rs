//! Telling test code and test data from the application by path, for the rules (which lower
//! their confidence there) and the project model (which takes no endpoints or controls from it).

/// True when `path` looks like test code or test data: a `test`/`tests`/`__tests__`/`spec`/
/// `specs`/`fixtures`/`testdata`/`__mocks__`/`mocks`/`e2e` directory, `*.test.*`, `*.spec.*`,
/// `test_*.py`, `*_test.py`, `conftest.py`.
pub fn is_test_path(path: &str) -> bool {
    let lower = path.to_ascii_lowercase();
    let name = lower.rsplit('/').next().unwrap_or(&lower);
    lower.split('/').any(|part| {
        matches!(
            part,
            "test"
                | "tests"
                | "__tests__"
                | "spec"
                | "specs"
                | "fixtures"
                | "testdata"
                | "__mocks__"
                | "mocks"
                | "e2e"
        )
    }) || name.contains(".test.")
        || name.contains(".spec.")
        || name.starts_with("test_")
        || name.ends_with("_test.py")
        || name == "conftest.py"
}

#[cfg(test)]
mod tests {
    use super::is_test_path;

    #[test]
    fn recognises_test_directories_and_names() {
        for path in [
            "tests/test_views.py",
            "src/__tests__/app.js",
            "specs/api.js",
            "pkg/testdata/x.py",
            "src/app.spec.ts",
            "conftest.py",
            "api/views_test.py",
        ] {
            assert!(is_test_path(path), "{path}");
        }
        for path in [
            "src/app.ts",
            "app/routers/latest.py",
            "contest/views.py",
            "spectrum/x.js",
        ] {
            assert!(!is_test_path(path), "{path}");
        }
    }
}
