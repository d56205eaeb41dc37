//! A search read as one stream of hits with `searchAfter`: every hit once across pages, the
//! sort given plus `id`, and no `offset`.

use futures_util::TryStreamExt;
use serde_json::{Value, json};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

/// 5 identities sorted by (created, id), of which the middle three share a `created` time:
/// served after the `searchAfter` values a request gives, `limit` a page, as SailPoint does.
struct Index;

fn hit(i: usize) -> Value {
    let created = [
        "2024-01-01",
        "2024-01-02",
        "2024-01-02",
        "2024-01-02",
        "2024-01-03",
    ][i];
    json!({"id": format!("id-{i}"), "name": format!("identity {i}"), "_type": "identity", "created": format!("{created}T00:00:00Z")})
}

impl Respond for Index {
    fn respond(&self, request: &Request) -> ResponseTemplate {
        let body: Value = serde_json::from_slice(&request.body).unwrap();
        let limit: usize = request
            .url
            .query_pairs()
            .find(|(k, _)| k == "limit")
            .map(|(_, v)| v.parse().unwrap())
            .unwrap();
        assert!(
            request.url.query_pairs().all(|(k, _)| k != "offset"),
            "no offset"
        );
        assert_eq!(body["sort"], json!(["created", "id"]));
        let after: Option<(String, String)> = body.get("searchAfter").map(|a| {
            (
                a[0].as_str().unwrap().to_owned(),
                a[1].as_str().unwrap().to_owned(),
            )
        });
        let key = |hit: &Value| {
            (
                hit["created"].as_str().unwrap().to_owned(),
                hit["id"].as_str().unwrap().to_owned(),
            )
        };
        let page: Vec<Value> = (0..5)
            .map(hit)
            .filter(|h| after.as_ref().is_none_or(|a| &key(h) > a))
            .take(limit)
            .collect();
        ResponseTemplate::new(200).set_body_json(page)
    }
}

#[tokio::test]
async fn every_hit_once_across_pages_that_split_a_tie() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/search/v1"))
        .respond_with(Index)
        .expect(3)
        .mount(&server)
        .await;
    let config = sailpoint::Config::new(server.uri())
        .allow_http(true)
        .access_token("t");
    let client = sailpoint::Client::new(config).unwrap();
    let mut search = sailpoint::models::Search::new();
    search.sort = Some(vec!["created".into()]);
    let hits: Vec<_> = client
        .search()
        .search_post_v1(search)
        .limit(2)
        .hits()
        .try_collect()
        .await
        .unwrap();
    let ids: Vec<String> = hits
        .iter()
        .map(|hit| {
            serde_json::to_value(hit).unwrap()["id"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    assert_eq!(ids, ["id-0", "id-1", "id-2", "id-3", "id-4"]);
}
