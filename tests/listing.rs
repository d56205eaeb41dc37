//! Listing through the generated crates from a tenant-shaped stand-in (bench/tenant): the end
//! of a list is never an error, whatever its length, with or without the total, and a 429
//! storm is waited out.

use std::time::Duration;

use bench_tenant::{Shape, Tally, Tenant};
use futures_util::TryStreamExt;

/// The lengths around a page's edges, where SailPoint's 400 for an offset past the end bites.
const LENGTHS: [usize; 6] = [0, 1, 249, 250, 251, 500];

/// A stand-in with a list of `len`, no latency and this limit, and a beta client for it with the
/// default rate limit.
async fn tenant(len: usize, limit: Option<(usize, Duration)>) -> (Tenant, sailpoint_beta::Client) {
    let shape = Shape {
        len,
        latency: Duration::ZERO,
        limit,
    };
    let tenant = Tenant::start(shape).await.unwrap();
    let url = tenant.url();
    let config = sailpoint_beta::Config::new(&url)
        .allow_http(true)
        .with_api_url(&url)
        .access_token("t");
    (tenant, sailpoint_beta::Client::new(config).unwrap())
}

/// How many identities `list_identities().items()` yields, or its error.
async fn identities(client: &sailpoint_beta::Client) -> Result<usize, String> {
    let listed: Vec<_> = client
        .identities()
        .list_identities()
        .items()
        .try_collect()
        .await
        .map_err(|e| e.to_string())?;
    Ok(listed.len())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_list_that_counts_is_read_to_its_end_without_a_request_past_it() {
    for len in LENGTHS {
        let (tenant, client) = tenant(len, None).await;
        let listed = identities(&client)
            .await
            .unwrap_or_else(|e| panic!("{len} identities: {e}"));
        assert_eq!(listed, len);
        let pages = len.div_ceil(250).max(1);
        let expected = Tally {
            listed: pages,
            too_many: 0,
            past_the_end: 0,
        };
        assert_eq!(tenant.tally(), expected, "{len} identities");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_list_that_does_not_count_ends_cleanly_at_the_400_past_a_full_last_page() {
    for len in LENGTHS {
        for pages_ahead in [None, Some(0), Some(3)] {
            let (tenant, client) = tenant(len, None).await;
            // `listAccessProfilesForSourceApp` takes no `count`: the end shows only as a short
            // page, or as the 400 for the offset after a full one.
            let request = client.apps().list_access_profiles_for_source_app("app");
            let request = match pages_ahead {
                Some(pages) => request.pages_ahead(pages),
                None => request,
            };
            let listed: Vec<_> = request
                .items()
                .try_collect()
                .await
                .unwrap_or_else(|e| panic!("{len} items, {pages_ahead:?} ahead: {e}"));
            assert_eq!(listed.len(), len, "{pages_ahead:?} ahead");
            if len % 250 == 0 && len > 0 {
                assert!(
                    tenant.tally().past_the_end >= 1,
                    "{len} items: no 400 was tried"
                );
            }
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_429_storm_is_waited_out() {
    // 5 requests a second, against a client that believes it may send 20 at once.
    let (tenant, client) = tenant(2_000, Some((5, Duration::from_secs(1)))).await;
    assert_eq!(identities(&client).await, Ok(2_000));
    let tally = tenant.tally();
    assert_eq!(tally.listed, 8);
    // The first page, then 7 at once: 4 of them admitted, 3 answered 429, which hold every
    // request back for the tenant's second and then go through.
    assert_eq!(tally.too_many, 3, "{tally:?}");
}
