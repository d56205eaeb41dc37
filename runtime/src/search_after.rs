//! Search read as one stream of hits, paged with `searchAfter` rather than `offset`: SailPoint's
//! search stops offset paging at 10,000 hits, while `searchAfter` (the sort values of the last
//! hit) goes on to the end.

use futures_util::Stream;
use serde::Serialize;

use crate::{Error, SdkError};

/// The sort a stream of hits pages by: the caller's fields (`-created`, `name`), then `id` as a
/// tie-breaker unless it is there already, so that hits sharing a sort value (the same
/// `created` time) are neither skipped nor repeated between pages (SailPoint's Python SDK's
/// `paginate_search` sorts by one field and skips them).
pub fn sort_with_tie_breaker(sort: Option<Vec<String>>) -> Vec<String> {
    let mut sort = sort.unwrap_or_default();
    if !sort.iter().any(|field| field_name(field) == "id") {
        sort.push("id".to_string());
    }
    sort
}

/// Every hit of a search, `page_size` a page, up to `max_items`: each page is asked for with
/// the previous page's last hit's values of the `sort` fields as `searchAfter`, until a page
/// comes back short. `fetch` sends `request` for one page, given `searchAfter` (none for the
/// first) and the page size. An error is the stream's last item.
pub fn hits<R, T, E, F, Fut>(
    request: R,
    sort: Vec<String>,
    page_size: i64,
    max_items: Option<usize>,
    fetch: F,
) -> impl Stream<Item = Result<T, SdkError<E>>>
where
    R: Clone,
    T: Serialize,
    F: Fn(R, Option<Vec<String>>, i64) -> Fut,
    Fut: Future<Output = Result<Vec<T>, SdkError<E>>>,
{
    let page_size = page_size.max(1);
    // What every page's request shares, held by each page's future in turn.
    let shared = std::sync::Arc::new((request, sort, fetch));
    let first = Some((None::<Vec<String>>, max_items.unwrap_or(usize::MAX)));
    let pages = futures_util::stream::unfold(first, move |cursor| {
        let shared = shared.clone();
        async move {
            let (after, left) = cursor?;
            let (request, sort, fetch) = &*shared;
            if left == 0 {
                return None;
            }
            let mut page = match fetch(request.clone(), after, page_size).await {
                Ok(page) => page,
                Err(error) => return Some((vec![Err(error)], None)),
            };
            let full = page.len() as i64 >= page_size;
            page.truncate(left);
            let left = left - page.len();
            let next = match (full, page.last()) {
                (true, Some(last)) if left > 0 => match sort_values(last, sort) {
                    Ok(values) => Some((Some(values), left)),
                    Err(error) => {
                        let mut items: Vec<_> = page.into_iter().map(Ok).collect();
                        items.push(Err(SdkError::Other(error)));
                        return Some((items, None));
                    }
                },
                _ => None,
            };
            Some((page.into_iter().map(Ok).collect(), next))
        }
    });
    futures_util::StreamExt::flat_map(pages, futures_util::stream::iter)
}

/// A sort field's name, without its direction (`-created` is `created`).
fn field_name(field: &str) -> &str {
    field.trim_start_matches(['+', '-'])
}

/// The values of the `sort` fields in `hit` (a dotted field, `source.name`, reads a nested
/// member), as `searchAfter` takes them: strings as they are, other values as JSON.
fn sort_values<T: Serialize>(hit: &T, sort: &[String]) -> Result<Vec<String>, Error> {
    let hit = serde_json::to_value(hit).map_err(|source| Error::Encode {
        operation: "searchAfter",
        source,
    })?;
    sort.iter()
        .map(|field| {
            let name = field_name(field);
            let value = name
                .split('.')
                .try_fold(&hit, |value, key| value.get(key))
                .filter(|value| !value.is_null())
                .ok_or_else(|| {
                    Error::Config(format!(
                        "a search hit has no `{name}`, which the search sorts by: it cannot be \
                         paged with searchAfter; sort by fields every hit has"
                    ))
                })?;
            Ok(match value {
                serde_json::Value::String(text) => text.clone(),
                other => other.to_string(),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use std::sync::{Arc, Mutex};

    use futures_util::StreamExt;
    use serde_json::{Value, json};

    use super::*;

    #[test]
    fn id_breaks_ties_once() {
        assert_eq!(sort_with_tie_breaker(None), ["id"]);
        assert_eq!(
            sort_with_tie_breaker(Some(vec!["-created".into()])),
            ["-created", "id"]
        );
        assert_eq!(
            sort_with_tie_breaker(Some(vec!["-id".into(), "name".into()])),
            ["-id", "name"]
        );
    }

    #[test]
    fn sort_values_are_read_by_dotted_names() {
        let hit =
            json!({"id": "a", "created": "2024-01-01T00:00:00Z", "source": {"name": "AD"}, "n": 7});
        let sort = ["-created", "source.name", "n", "id"].map(String::from);
        assert_eq!(
            sort_values(&hit, &sort).unwrap(),
            ["2024-01-01T00:00:00Z", "AD", "7", "a"]
        );
        let missing = sort_values(&hit, &["name".to_string()]).unwrap_err();
        assert!(missing.to_string().contains("`name`"), "{missing}");
    }

    /// 7 hits of which 2..=4 share a `created` time; pages of 2.
    fn hits_of_the_index() -> Vec<Value> {
        let created = ["1", "2", "3", "3", "3", "4", "5"];
        (0..7)
            .map(|i| json!({"id": format!("id-{i}"), "created": created[i]}))
            .collect()
    }

    /// Serves `hits` sorted by (created, id), after the values it is given, as a search would.
    async fn search(after: Option<Vec<String>>, limit: i64) -> Result<Vec<Value>, SdkError<()>> {
        let key = |hit: &Value| {
            (
                hit["created"].as_str().unwrap().to_string(),
                hit["id"].as_str().unwrap().to_string(),
            )
        };
        Ok(hits_of_the_index()
            .into_iter()
            .filter(|hit| {
                after
                    .as_ref()
                    .is_none_or(|a| key(hit) > (a[0].clone(), a[1].clone()))
            })
            .take(limit as usize)
            .collect())
    }

    #[tokio::test]
    async fn every_hit_once_across_pages_that_split_ties() {
        let requests = Arc::new(Mutex::new(Vec::new()));
        let seen = requests.clone();
        let sort = sort_with_tie_breaker(Some(vec!["created".into()]));
        let stream = hits((), sort, 2, None, move |(), after, limit| {
            seen.lock().unwrap().push(after.clone());
            search(after, limit)
        });
        let ids: Vec<String> = stream
            .map(|hit| hit.unwrap()["id"].as_str().unwrap().to_string())
            .collect()
            .await;
        assert_eq!(ids, (0..7).map(|i| format!("id-{i}")).collect::<Vec<_>>());
        let requests = requests.lock().unwrap();
        assert_eq!(requests.len(), 4, "pages of 2, 2, 2 and 1");
        assert_eq!(requests[0], None);
        assert_eq!(requests[2], Some(vec!["3".to_string(), "id-3".to_string()]));
    }

    #[tokio::test]
    async fn max_items_stops_early_and_an_error_ends_the_stream() {
        let sort = sort_with_tie_breaker(Some(vec!["created".into()]));
        let first_three: Vec<_> = hits((), sort.clone(), 2, Some(3), |(), after, limit| {
            search(after, limit)
        })
        .collect()
        .await;
        assert_eq!(first_three.len(), 3);
        let failing = hits(
            (),
            sort,
            2,
            None,
            |(), after: Option<Vec<String>>, limit| async move {
                match after {
                    None => search(None, limit).await,
                    Some(_) => Err(SdkError::Other(Error::Config("gone".into()))),
                }
            },
        );
        let items: Vec<_> = failing.collect().await;
        assert_eq!(items.len(), 3);
        assert!(items[2].is_err());
    }
}
