//! Files done / total on standard error, redrawn in place, only on a terminal.

use sechound_engine::Progress;
use std::io::Write;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

pub struct TerminalProgress {
    total: AtomicUsize,
    done: AtomicUsize,
    last_draw: Mutex<Instant>,
}

impl TerminalProgress {
    pub fn new() -> TerminalProgress {
        TerminalProgress {
            total: AtomicUsize::new(0),
            done: AtomicUsize::new(0),
            last_draw: Mutex::new(Instant::now() - Duration::from_secs(1)),
        }
    }

    fn draw(&self) {
        let done = self.done.load(Ordering::Relaxed);
        let total = self.total.load(Ordering::Relaxed);
        let mut stderr = std::io::stderr().lock();
        let _ = write!(stderr, "\rsechound: reviewing files {done}/{total}");
        let _ = stderr.flush();
    }
}

impl Progress for TerminalProgress {
    fn start(&self, total: usize) {
        self.total.store(total, Ordering::Relaxed);
        self.draw();
    }

    fn advance(&self) {
        self.done.fetch_add(1, Ordering::Relaxed);
        if let Ok(mut last) = self.last_draw.try_lock()
            && last.elapsed() >= Duration::from_millis(100)
        {
            *last = Instant::now();
            self.draw();
        }
    }

    fn finish(&self) {
        self.draw();
        let mut stderr = std::io::stderr().lock();
        let _ = writeln!(stderr);
    }
}
