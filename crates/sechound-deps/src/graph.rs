//! Direct or transitive, dev or production, and the path from the project to each package,
//! computed from the dependency edges a lockfile records.

use crate::Relation;
use std::collections::VecDeque;

/// One node of a lockfile's dependency graph.
#[derive(Debug, Clone, Default)]
pub(crate) struct Node {
    pub name: String,
    /// Indices of the nodes this one depends on.
    pub edges: Vec<usize>,
    /// What the lockfile itself says about dev-only use, when it says anything.
    pub dev: Option<bool>,
}

/// What the walk found for one node.
#[derive(Debug, Clone)]
pub(crate) struct Placement {
    pub relation: Relation,
    pub dev: bool,
    pub path: Vec<String>,
}

/// Breadth-first from the production roots, then from the dev roots: a package reached from a
/// production root is production; the path is the shortest one. Without any root the relation is
/// unknown and the dev flag is what the lockfile says.
pub(crate) fn place(nodes: &[Node], prod_roots: &[usize], dev_roots: &[usize]) -> Vec<Placement> {
    let known = !(prod_roots.is_empty() && dev_roots.is_empty());
    let mut parent: Vec<Option<usize>> = vec![None; nodes.len()];
    let mut seen = vec![false; nodes.len()];
    let mut dev_only = vec![false; nodes.len()];
    for (roots, dev) in [(prod_roots, false), (dev_roots, true)] {
        let mut queue: VecDeque<usize> = VecDeque::new();
        for &root in roots {
            if root < nodes.len() && !seen[root] {
                seen[root] = true;
                dev_only[root] = dev;
                queue.push_back(root);
            }
        }
        while let Some(at) = queue.pop_front() {
            for &next in &nodes[at].edges {
                if next < nodes.len() && !seen[next] {
                    seen[next] = true;
                    dev_only[next] = dev;
                    parent[next] = Some(at);
                    queue.push_back(next);
                }
            }
        }
    }
    let is_root = |i: usize| prod_roots.contains(&i) || dev_roots.contains(&i);
    (0..nodes.len())
        .map(|i| {
            let relation = if !known {
                Relation::Unknown
            } else if is_root(i) {
                Relation::Direct
            } else {
                Relation::Transitive
            };
            let mut path = Vec::new();
            if seen[i] {
                let mut at = Some(i);
                while let Some(node) = at {
                    path.push(nodes[node].name.clone());
                    at = parent[node];
                }
                path.reverse();
            }
            let dev = match nodes[i].dev {
                Some(dev) => dev,
                None => seen[i] && dev_only[i],
            };
            Placement {
                relation,
                dev,
                path,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn node(name: &str, edges: &[usize]) -> Node {
        Node {
            name: name.into(),
            edges: edges.to_vec(),
            dev: None,
        }
    }

    #[test]
    fn shortest_path_and_dev_only_packages() {
        // app → express → body-parser → qs; jest (dev) → qs too, and → babel.
        let nodes = vec![
            node("express", &[1]),
            node("body-parser", &[2]),
            node("qs", &[]),
            node("jest", &[2, 4]),
            node("babel", &[]),
        ];
        let placed = place(&nodes, &[0], &[3]);
        assert_eq!(placed[2].path, ["express", "body-parser", "qs"]);
        assert_eq!(placed[2].relation, Relation::Transitive);
        assert!(!placed[2].dev, "reached from production");
        assert!(placed[4].dev, "only reached from a dev root");
        assert_eq!(placed[3].relation, Relation::Direct);
        assert_eq!(place(&nodes, &[], &[])[0].relation, Relation::Unknown);
    }
}
