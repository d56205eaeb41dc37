//! HTTP API that returns the Intelligence (identity context) for SecOps enrichment
//! use cases (SIEM/SOAR connectors, MCP, browser extension), and accepts asynchronous
//! response actions for remediation. Identity reads are backed by Atlas internal-REST
//! calls to MICE, Shelby List Accounts, SDS Search, IDA-outliers, and identity-history.
//!
//! ## License-based segmentation
//!
//! - **`idn:response-and-remediation`** (required): enforced on all `/intelligence/*` routes.
//! - **`IDA-outliers`** (optional): governs the Human `outliers.rareAccess` slice only. When the
//!   tenant lacks this license, the `outliers` key is omitted.
//! - **`idg:base`** (optional): governs the root-level `identityGraph` deep link on aggregate
//!   responses. When the tenant lacks this license, `identityGraph` is omitted.
//! - **`idn:machine-identity-security`** (optional): governs the Human `nonHumanIdentityOwnership`
//!   slice. When the tenant lacks this license, `nonHumanIdentityOwnership` is omitted on the
//!   aggregate GET and the `/non-human-identity-ownership/{category}` child route returns
//!   **403 Forbidden**.
//!
//! ## Pagination
//!
//! The aggregated Human GET embeds the first **10** items per paged slice. Each upstream paged call
//! sends `count=true` and reads `X-Total-Count`. Parent slices expose `totalCount` when `items` is
//! non-empty and set `next` when `totalCount > offset + len(items)` (aggregate offset is always 0).
//! Empty slices render as `items: []` with no `totalCount`. `privilegedAccess` is never paged and
//! carries no `totalCount`. When licensed, `nonHumanIdentityOwnership` pages each
//! `primaryOwned` / `secondaryOwned` bucket independently under `agents` and `applications`.
//!
//! Human child routes (`/accounts`, `/outliers/rare-access`, `/access-history/*`,
//! `/non-human-identity-ownership/{category}`) follow the SailPoint V3 pattern: pass `count=true`
//! to receive `X-Total-Count` (including `0` on empty pages). When `count` is omitted, upstream
//! count work is skipped and the header is omitted.

use crate::models;

/// The Intelligence operations: get them from [`Client::intelligence`](crate::Client::intelligence).
#[derive(Debug, Clone, Copy)]
pub struct IntelligenceApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Intelligence operations.
    #[inline]
    pub fn intelligence(&self) -> IntelligenceApi<'_> {
        IntelligenceApi { client: self }
    }
}

impl<'a> IntelligenceApi<'a> {
    /// Get identity by filter
    ///
    /// Requires tenant license idn:response-and-remediation.
    ///
    /// **Authentication and data segmentation**
    ///
    /// Intelligence forwards the caller JWT to downstream identity and search services (context client).
    /// Enriched results, including non-human identity resolution, are filtered to the caller's Data
    /// Segmentation visibility.
    ///
    /// **Caution:** Generic API Management API keys are not tied to a user identity. When Data
    /// Segmentation is enabled, API key authentication may fail or return incomplete data because
    /// downstream calls require a user context. Use a [personal access token](https://developer.sailpoint.com/docs/api/authentication/#generate-a-personal-access-token)
    /// or other user-scoped OAuth token. See [API keys](https://documentation.sailpoint.com/saas/help/common/api_keys.html)
    /// and [Data Segmentation](https://documentation.sailpoint.com/saas/help/segmentation/index.html).
    ///
    /// Resolves exactly one identity using a single SCIM-style filters expression.
    ///
    /// **Supported filters**
    ///
    /// | Filter field | Lookup mode | Notes |
    /// |---|---|---|
    /// | id eq | Human (+ optional non-human identity when feature-flagged) | Resolves human identities by id; when non-human resolution is enabled, a parallel non-human lookup runs. If both match different identities, returns HTTP 409. |
    /// | email eq | Human only | Human identity lookup by email only. |
    /// | opaqueIdentifier eq | Non-human identity only | Parallel nativeIdentity eq on machine-identities and machine-accounts, then name-prefix fallback on machine-accounts. Requires feature flag ISCRR-1905_NHI_TYPE_MACHINE_FILTER_ENABLED; when disabled, returns HTTP 400. |
    ///
    /// Single-clause filters only; composite and or expressions are rejected with HTTP 400.
    ///
    /// **identityGraph deep link**
    ///
    /// When the tenant has the idg:base license, Human and NHI aggregate responses may include
    /// `identityGraph.href`, a deep link into the Identity Graph UI for the resolved identity.
    /// Opening the link requires the **Identity Graph Read Only** user level. The link is omitted
    /// when the tenant lacks idg:base.
    ///
    /// **Human envelope (type Human)**
    ///
    /// Embeds the first page (10 items) of each enrichment slice. Each paged slice includes totalCount
    /// from upstream X-Total-Count when items is non-empty, and carries a next continuation URL when
    /// totalCount exceeds the items returned on this page. Slices are always present (empty uses
    /// items \[\] with no totalCount). privilegedAccess returns the full privileged-access result and never carries
    /// next or totalCount. When the tenant has idn:machine-identity-security, nonHumanIdentityOwnership
    /// is included with agents and applications categories; each category is a flat object with
    /// independently paged primaryOwned and secondaryOwned buckets, and optional message/reason when
    /// upstream ownership fetch fails for that category (reason UPSTREAM_UNAVAILABLE). When the tenant
    /// lacks that license, nonHumanIdentityOwnership is omitted. Continue ownership paging with
    /// GET .../non-human-identity-ownership/{category} and optional ownershipRole=primary|secondary
    /// (defaults to primary). If any enrichment upstream fails, the whole request fails with HTTP 500,
    /// except outliers (omitted when the tenant lacks the IDA-outliers license) and
    /// nonHumanIdentityOwnership category-level degrade (aggregate still returns HTTP 200).
    ///
    /// **Non-human identity envelope (type NHI)**
    ///
    /// Returns flat non-human identity fields at the top level plus correlated machine accounts on the
    /// aggregate and a derived block (isOrphaned, authorizedHumanIdentities, blastRadiusSummary).
    /// Omits Human-only slices (privilegedAccess, outliers, accessHistory, nonHumanIdentityOwnership).
    /// Account paging via child routes is not yet released. Opaque prefix resolution that deduplicates
    /// to one parent identity returns HTTP 200 with matchConfidence partial; multiple distinct parent
    /// identities return HTTP 409 with IDC_IDENTITY_AMBIGUOUS and candidate id and displayName values.
    ///
    /// `GET /intelligence/v1/identities` (`getIdentityIntelligenceV1`)
    #[inline]
    pub fn get_identity_intelligence_v1(
        &self,
        filters: impl Into<String>,
    ) -> GetIdentityIntelligenceV1 {
        GetIdentityIntelligenceV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            filters: filters.into(),
        }
    }

    /// List identity accounts
    ///
    /// Continuation endpoint for a Human identity's `accounts.next` link.
    /// Returns one page of account rows for the supplied limit and offset values.
    /// Pass `count=true` to receive `X-Total-Count` (including `0` on empty pages).
    /// Not applicable to non-human identities (NHI accounts are returned on the NHI aggregate only).
    /// Requires tenant license idn:response-and-remediation.
    ///
    /// `GET /intelligence/v1/identities/{id}/accounts` (`getIntelIdentityAccountsV1`)
    #[inline]
    pub fn get_intel_identity_accounts_v1(
        &self,
        id: impl Into<String>,
    ) -> GetIntelIdentityAccountsV1 {
        GetIntelIdentityAccountsV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            limit: None,
            offset: None,
            count: None,
            listing: crate::pagination::Listing::default(),
        }
    }

    /// List identity rare access
    ///
    /// Continuation endpoint for the parent response's `outliers.rareAccess.next` link.
    /// Resolves the identity's first outlier, then returns one page of rare access
    /// items for the supplied limit and offset values. Pass `count=true` to receive
    /// `X-Total-Count` (including `0` on empty pages). An identity with no outlier
    /// returns an empty array with `X-Total-Count: 0` when `count=true`. Requires
    /// tenant license idn:response-and-remediation and the IDA-outliers license.
    ///
    /// Not applicable to non-human identities (no outliers slice on the NHI envelope).
    ///
    /// `GET /intelligence/v1/identities/{id}/outliers/rare-access` (`getIntelIdentityRareAccessV1`)
    #[inline]
    pub fn get_intel_identity_rare_access_v1(
        &self,
        id: impl Into<String>,
    ) -> GetIntelIdentityRareAccessV1 {
        GetIntelIdentityRareAccessV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            limit: None,
            offset: None,
            count: None,
            listing: crate::pagination::Listing::default(),
        }
    }

    /// List identity access item history
    ///
    /// Continuation endpoint for the parent response's `accessHistory.accessItems.next` link.
    /// Returns one page of access-item history events for the supplied limit and offset values.
    /// Pass `count=true` to receive `X-Total-Count` (including `0` on empty pages).
    /// Unsupported event types and per-record decode failures are dropped server-side.
    /// Requires tenant license idn:response-and-remediation.
    ///
    /// Not applicable to non-human identities.
    ///
    /// `GET /intelligence/v1/identities/{id}/access-history/access-items` (`getIntelIdentityAccessItemHistoryV1`)
    #[inline]
    pub fn get_intel_identity_access_item_history_v1(
        &self,
        id: impl Into<String>,
    ) -> GetIntelIdentityAccessItemHistoryV1 {
        GetIntelIdentityAccessItemHistoryV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            limit: None,
            offset: None,
            count: None,
            listing: crate::pagination::Listing::default(),
        }
    }

    /// List identity certification history
    ///
    /// Continuation endpoint for the parent response's `accessHistory.certifications.next` link.
    /// Returns one page of certification history events for the supplied limit and offset values.
    /// Pass `count=true` to receive `X-Total-Count` (including `0` on empty pages).
    /// Per-record decode failures are dropped server-side.
    /// Requires tenant license idn:response-and-remediation.
    ///
    /// Not applicable to non-human identities.
    ///
    /// `GET /intelligence/v1/identities/{id}/access-history/certifications` (`getIntelIdentityCertificationHistoryV1`)
    #[inline]
    pub fn get_intel_identity_certification_history_v1(
        &self,
        id: impl Into<String>,
    ) -> GetIntelIdentityCertificationHistoryV1 {
        GetIntelIdentityCertificationHistoryV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            limit: None,
            offset: None,
            count: None,
            listing: crate::pagination::Listing::default(),
        }
    }

    /// List owned NHI identities
    ///
    /// Continuation endpoint for a human parent's
    /// `nonHumanIdentityOwnership.{category}.primaryOwned.next` or
    /// `nonHumanIdentityOwnership.{category}.secondaryOwned.next` link. Returns a bare JSON array of
    /// owned non-human identity summary rows for the given `category`, optional `ownershipRole`,
    /// `limit`, and `offset`. Wire items match the aggregate ownership item shape
    /// (`{ id, displayName, source? }`).
    ///
    /// When `ownershipRole` is omitted, the request defaults to `primary`. Pass `count=true` to
    /// receive `X-Total-Count` (including `0` on empty pages). The `filters` query parameter is not
    /// supported on this route (HTTP 400).
    ///
    /// Requires tenant licenses `idn:response-and-remediation` and `idn:machine-identity-security`.
    /// Tenants without `idn:machine-identity-security` receive HTTP 403.
    ///
    /// Not applicable to non-human identities (no ownership slice on the NHI envelope).
    ///
    /// `GET /intelligence/v1/identities/{id}/non-human-identity-ownership/{category}` (`getIntelIdentityNonHumanIdentityOwnershipV1`)
    #[inline]
    pub fn get_intel_identity_non_human_identity_ownership_v1(
        &self,
        id: impl Into<String>,
        category: models::GetIntelIdentityNonHumanIdentityOwnershipV1Category,
    ) -> GetIntelIdentityNonHumanIdentityOwnershipV1 {
        GetIntelIdentityNonHumanIdentityOwnershipV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            category,
            ownership_role: None,
            limit: None,
            offset: None,
            count: None,
            listing: crate::pagination::Listing::default(),
        }
    }

    /// Create a response action
    ///
    /// Requires tenant license idn:response-and-remediation.
    ///
    /// Creates a response action: the request is validated, a requestId (the correlation id) is
    /// minted, the action is recorded as SUBMITTED, and an event is published that triggers the
    /// correlated workflow(s).
    ///
    /// Returns HTTP 202 with the requestId, an initial SUBMITTED status, and a statusUrl. Poll
    /// GET /intelligence/v1/response-actions/{requestId}/status for progress.
    ///
    /// `POST /intelligence/v1/response-actions` (`createResponseActionV1`)
    #[inline]
    pub fn create_response_action_v1(
        &self,
        response_action_create_request: models::ResponseActionCreateRequest,
    ) -> CreateResponseActionV1 {
        CreateResponseActionV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            response_action_create_request,
        }
    }

    /// Get response action status
    ///
    /// Requires tenant license idn:response-and-remediation.
    ///
    /// Returns the current aggregate status of a previously submitted response action, identified by
    /// the requestId returned from POST /intelligence/v1/response-actions.
    ///
    /// Supported actionType values: DISABLE_IDENTITY, DISABLE_ACCOUNT.
    ///
    /// `GET /intelligence/v1/response-actions/{id}/status` (`getResponseActionStatusV1`)
    #[inline]
    pub fn get_response_action_status_v1(
        &self,
        id: impl Into<String>,
    ) -> GetResponseActionStatusV1 {
        GetResponseActionStatusV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }
}

/// The error statuses of [`IntelligenceApi::get_identity_intelligence_v1`](IntelligenceApi::get_identity_intelligence_v1), each with the body the spec declares.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetIdentityIntelligenceV1Error {
    /// 400: Missing or invalid filters, unsupported filter field or operator, composite and or filter
    BadRequest(models::Errorresponsedto),
    /// 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
    Unauthorized(models::Error401Response),
    /// 403: Unauthorized access
    Forbidden(models::Errorresponsedto),
    /// 404: No identity matched the filter (detailCode IDC_IDENTITY_NOT_FOUND).
    NotFound(models::Intelidentitynotfoundbody),
    /// 409: Multiple identities matched the filter (detailCode IDC_IDENTITY_AMBIGUOUS), including
    Conflict(models::IntelIdentityAmbiguousBody),
    /// 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
    TooManyRequests(models::Error429Response),
    /// 500: Upstream or internal failure. Identity resolution may pass an
    InternalServerError(models::Errorresponsedto),
    /// A status the spec does not declare here, an empty body or one that is not JSON: see the raw response in [`crate::ServiceError`].
    Other,
}

impl crate::OperationError for GetIdentityIntelligenceV1Error {
    fn decode(status: u16, body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        let empty = body.trim_ascii().is_empty();
        Ok(
            match status {
                400 if !empty => {
                    GetIdentityIntelligenceV1Error::BadRequest(
                        crate::request::decode_body(body)?,
                    )
                }
                401 if !empty => {
                    GetIdentityIntelligenceV1Error::Unauthorized(
                        crate::request::decode_body(body)?,
                    )
                }
                403 if !empty => {
                    GetIdentityIntelligenceV1Error::Forbidden(
                        crate::request::decode_body(body)?,
                    )
                }
                404 if !empty => {
                    GetIdentityIntelligenceV1Error::NotFound(
                        crate::request::decode_body(body)?,
                    )
                }
                409 if !empty => {
                    GetIdentityIntelligenceV1Error::Conflict(
                        crate::request::decode_body(body)?,
                    )
                }
                429 if !empty => {
                    GetIdentityIntelligenceV1Error::TooManyRequests(
                        crate::request::decode_body(body)?,
                    )
                }
                500 if !empty => {
                    GetIdentityIntelligenceV1Error::InternalServerError(
                        crate::request::decode_body(body)?,
                    )
                }
                _ => GetIdentityIntelligenceV1Error::Other,
            },
        )
    }

    fn undeclared() -> Self {
        GetIdentityIntelligenceV1Error::Other
    }
}

/// The request of [`IntelligenceApi::get_identity_intelligence_v1`](IntelligenceApi::get_identity_intelligence_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetIdentityIntelligenceV1 {
    client: crate::Client,
    options: crate::request::Options,
    filters: String,
}

impl GetIdentityIntelligenceV1 {
    /// Each attempt's timeout, in place of the configured one.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How long all attempts and the waits between them may take: past it, the call fails
    /// with [`Error::Timeout`](crate::Error::Timeout).
    #[inline]
    pub fn deadline(mut self, deadline: std::time::Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// Sends the request: `GET /intelligence/v1/identities`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Intelidentityenvelope,
            crate::SdkError<GetIdentityIntelligenceV1Error>,
        >,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<models::Intelidentityenvelope>,
            crate::SdkError<GetIdentityIntelligenceV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getIdentityIntelligenceV1",
            self.options,
            move |client| {
                let path = "/intelligence/v1/identities";
                let mut request = client.request(reqwest::Method::GET, path);
                let mut query: Vec<(&str, String)> = Vec::new();
                {
                    let value = &self.filters;
                    query.push(("filters", value.clone()));
                }
                request = request.query(&query);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`IntelligenceApi::get_intel_identity_accounts_v1`](IntelligenceApi::get_intel_identity_accounts_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Invalid path or query parameters.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Unauthorized access
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal or upstream server failure.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetIntelIdentityAccountsV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`IntelligenceApi::get_intel_identity_accounts_v1`](IntelligenceApi::get_intel_identity_accounts_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetIntelIdentityAccountsV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    listing: crate::pagination::Listing,
}

impl GetIntelIdentityAccountsV1 {
    /// Page size. Defaults to 250; values above 250 are rejected with 400.
    ///
    /// The server's default: `250`.
    #[inline]
    pub fn limit(mut self, limit: i32) -> Self {
        self.limit = Some(limit);
        self
    }

    /// Zero-based page offset. Defaults to 0.
    ///
    /// The server's default: `0`.
    #[inline]
    pub fn offset(mut self, offset: i32) -> Self {
        self.offset = Some(offset);
        self
    }

    /// If *true* it will populate the *X-Total-Count* response header with the number of results that would be returned if *limit* and *offset* were ignored.
    ///
    /// Since requesting a total count can have a performance impact, it is recommended not to send **count=true** if that value will not be used.
    ///
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `false`.
    #[inline]
    pub fn count(mut self, count: bool) -> Self {
        self.count = Some(count);
        self
    }

    /// Each attempt's timeout, in place of the configured one.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How long all attempts and the waits between them may take: past it, the call fails
    /// with [`Error::Timeout`](crate::Error::Timeout).
    #[inline]
    pub fn deadline(mut self, deadline: std::time::Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// The most items [`items`](Self::items) yields, over all pages.
    #[inline]
    pub fn max_items(mut self, max_items: usize) -> Self {
        self.listing.max_items = Some(max_items);
        self
    }

    /// How many pages [`items`](Self::items) requests beyond the one being read, whatever the
    /// reader's pace and wherever the list ends (0 for one page at a time). If not set, the
    /// listing plans its pages from the total the first page counts and keeps as many in flight as
    /// the client's rate limit and the reader allow.
    #[inline]
    pub fn pages_ahead(mut self, pages: usize) -> Self {
        self.listing.pages_ahead = Some(pages);
        self
    }

    /// Sends the request: `GET /intelligence/v1/identities/{id}/accounts`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Intelaccessaccountwire>,
            crate::SdkError<GetIntelIdentityAccountsV1Error>,
        >,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request and returns one page with the total the server counts when asked
    /// with `.count(true)`.
    #[inline]
    pub fn send_page(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Page<models::Intelaccessaccountwire>,
            crate::SdkError<GetIntelIdentityAccountsV1Error>,
        >,
    > {
        crate::request::page(self.call())
    }

    /// Every item of every page from `offset`, fetched as the stream is read: pages of
    /// `limit` items (250 if not set), up to [`max_items`](Self::max_items),
    /// in order. As many pages are in flight as the client's rate limit and the reader's pace
    /// allow, planned from the total the first page counts; the
    /// end of the list is never an error, even where the tenant answers 400 for the offset past
    /// a full last page. Dropping the stream cancels the requests in flight.
    #[inline]
    pub fn items(
        self,
    ) -> impl futures_util::Stream<
        Item = Result<
            models::Intelaccessaccountwire,
            crate::SdkError<GetIntelIdentityAccountsV1Error>,
        >,
    > {
        let paging = crate::pagination::Paging {
            offset: self.offset.map_or(0, i64::from),
            page_size: self.limit.map_or(250, i64::from),
            counts: true,
            budget: self.client.api.budget(),
        };
        let listing = self.listing;
        crate::pagination::items(
            self,
            paging,
            listing,
            |mut request: Self, offset, limit, count| {
                request.offset = Some(i32::try_from(offset).unwrap_or(i32::MAX));
                request.limit = Some(i32::try_from(limit).unwrap_or(i32::MAX));
                if count {
                    request.count = Some(true);
                }
                request.send_page()
            },
        )
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<Vec<models::Intelaccessaccountwire>>,
            crate::SdkError<GetIntelIdentityAccountsV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getIntelIdentityAccountsV1",
            self.options,
            move |client| {
                let path = [
                    "/intelligence/v1/identities/",
                    &crate::request::path_segment(&self.id),
                    "/accounts",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.limit {
                    query.push(("limit", value.to_string()));
                }
                if let Some(value) = &self.offset {
                    query.push(("offset", value.to_string()));
                }
                if let Some(value) = &self.count {
                    query.push(("count", value.to_string()));
                }
                request = request.query(&query);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`IntelligenceApi::get_intel_identity_rare_access_v1`](IntelligenceApi::get_intel_identity_rare_access_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Invalid path or query parameters.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Unauthorized access
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal or upstream server failure.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetIntelIdentityRareAccessV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`IntelligenceApi::get_intel_identity_rare_access_v1`](IntelligenceApi::get_intel_identity_rare_access_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetIntelIdentityRareAccessV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    listing: crate::pagination::Listing,
}

impl GetIntelIdentityRareAccessV1 {
    /// Page size. Defaults to 250; values above 250 are rejected with 400.
    ///
    /// The server's default: `250`.
    #[inline]
    pub fn limit(mut self, limit: i32) -> Self {
        self.limit = Some(limit);
        self
    }

    /// Zero-based page offset. Defaults to 0.
    ///
    /// The server's default: `0`.
    #[inline]
    pub fn offset(mut self, offset: i32) -> Self {
        self.offset = Some(offset);
        self
    }

    /// If *true* it will populate the *X-Total-Count* response header with the number of results that would be returned if *limit* and *offset* were ignored.
    ///
    /// Since requesting a total count can have a performance impact, it is recommended not to send **count=true** if that value will not be used.
    ///
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `false`.
    #[inline]
    pub fn count(mut self, count: bool) -> Self {
        self.count = Some(count);
        self
    }

    /// Each attempt's timeout, in place of the configured one.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How long all attempts and the waits between them may take: past it, the call fails
    /// with [`Error::Timeout`](crate::Error::Timeout).
    #[inline]
    pub fn deadline(mut self, deadline: std::time::Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// The most items [`items`](Self::items) yields, over all pages.
    #[inline]
    pub fn max_items(mut self, max_items: usize) -> Self {
        self.listing.max_items = Some(max_items);
        self
    }

    /// How many pages [`items`](Self::items) requests beyond the one being read, whatever the
    /// reader's pace and wherever the list ends (0 for one page at a time). If not set, the
    /// listing plans its pages from the total the first page counts and keeps as many in flight as
    /// the client's rate limit and the reader allow.
    #[inline]
    pub fn pages_ahead(mut self, pages: usize) -> Self {
        self.listing.pages_ahead = Some(pages);
        self
    }

    /// Sends the request: `GET /intelligence/v1/identities/{id}/outliers/rare-access`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Inteloutlieraccessitem>,
            crate::SdkError<GetIntelIdentityRareAccessV1Error>,
        >,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request and returns one page with the total the server counts when asked
    /// with `.count(true)`.
    #[inline]
    pub fn send_page(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Page<models::Inteloutlieraccessitem>,
            crate::SdkError<GetIntelIdentityRareAccessV1Error>,
        >,
    > {
        crate::request::page(self.call())
    }

    /// Every item of every page from `offset`, fetched as the stream is read: pages of
    /// `limit` items (250 if not set), up to [`max_items`](Self::max_items),
    /// in order. As many pages are in flight as the client's rate limit and the reader's pace
    /// allow, planned from the total the first page counts; the
    /// end of the list is never an error, even where the tenant answers 400 for the offset past
    /// a full last page. Dropping the stream cancels the requests in flight.
    #[inline]
    pub fn items(
        self,
    ) -> impl futures_util::Stream<
        Item = Result<
            models::Inteloutlieraccessitem,
            crate::SdkError<GetIntelIdentityRareAccessV1Error>,
        >,
    > {
        let paging = crate::pagination::Paging {
            offset: self.offset.map_or(0, i64::from),
            page_size: self.limit.map_or(250, i64::from),
            counts: true,
            budget: self.client.api.budget(),
        };
        let listing = self.listing;
        crate::pagination::items(
            self,
            paging,
            listing,
            |mut request: Self, offset, limit, count| {
                request.offset = Some(i32::try_from(offset).unwrap_or(i32::MAX));
                request.limit = Some(i32::try_from(limit).unwrap_or(i32::MAX));
                if count {
                    request.count = Some(true);
                }
                request.send_page()
            },
        )
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<Vec<models::Inteloutlieraccessitem>>,
            crate::SdkError<GetIntelIdentityRareAccessV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getIntelIdentityRareAccessV1",
            self.options,
            move |client| {
                let path = [
                    "/intelligence/v1/identities/",
                    &crate::request::path_segment(&self.id),
                    "/outliers/rare-access",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.limit {
                    query.push(("limit", value.to_string()));
                }
                if let Some(value) = &self.offset {
                    query.push(("offset", value.to_string()));
                }
                if let Some(value) = &self.count {
                    query.push(("count", value.to_string()));
                }
                request = request.query(&query);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`IntelligenceApi::get_intel_identity_access_item_history_v1`](IntelligenceApi::get_intel_identity_access_item_history_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Invalid path or query parameters.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Unauthorized access
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal or upstream server failure.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetIntelIdentityAccessItemHistoryV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`IntelligenceApi::get_intel_identity_access_item_history_v1`](IntelligenceApi::get_intel_identity_access_item_history_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetIntelIdentityAccessItemHistoryV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    listing: crate::pagination::Listing,
}

impl GetIntelIdentityAccessItemHistoryV1 {
    /// Page size. Defaults to 250; values above 250 are rejected with 400.
    ///
    /// The server's default: `250`.
    #[inline]
    pub fn limit(mut self, limit: i32) -> Self {
        self.limit = Some(limit);
        self
    }

    /// Zero-based page offset. Defaults to 0.
    ///
    /// The server's default: `0`.
    #[inline]
    pub fn offset(mut self, offset: i32) -> Self {
        self.offset = Some(offset);
        self
    }

    /// If *true* it will populate the *X-Total-Count* response header with the number of results that would be returned if *limit* and *offset* were ignored.
    ///
    /// Since requesting a total count can have a performance impact, it is recommended not to send **count=true** if that value will not be used.
    ///
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `false`.
    #[inline]
    pub fn count(mut self, count: bool) -> Self {
        self.count = Some(count);
        self
    }

    /// Each attempt's timeout, in place of the configured one.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How long all attempts and the waits between them may take: past it, the call fails
    /// with [`Error::Timeout`](crate::Error::Timeout).
    #[inline]
    pub fn deadline(mut self, deadline: std::time::Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// The most items [`items`](Self::items) yields, over all pages.
    #[inline]
    pub fn max_items(mut self, max_items: usize) -> Self {
        self.listing.max_items = Some(max_items);
        self
    }

    /// How many pages [`items`](Self::items) requests beyond the one being read, whatever the
    /// reader's pace and wherever the list ends (0 for one page at a time). If not set, the
    /// listing plans its pages from the total the first page counts and keeps as many in flight as
    /// the client's rate limit and the reader allow.
    #[inline]
    pub fn pages_ahead(mut self, pages: usize) -> Self {
        self.listing.pages_ahead = Some(pages);
        self
    }

    /// Sends the request: `GET /intelligence/v1/identities/{id}/access-history/access-items`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Intelaccessitemhistoryevent>,
            crate::SdkError<GetIntelIdentityAccessItemHistoryV1Error>,
        >,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request and returns one page with the total the server counts when asked
    /// with `.count(true)`.
    #[inline]
    pub fn send_page(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Page<models::Intelaccessitemhistoryevent>,
            crate::SdkError<GetIntelIdentityAccessItemHistoryV1Error>,
        >,
    > {
        crate::request::page(self.call())
    }

    /// Every item of every page from `offset`, fetched as the stream is read: pages of
    /// `limit` items (250 if not set), up to [`max_items`](Self::max_items),
    /// in order. As many pages are in flight as the client's rate limit and the reader's pace
    /// allow, planned from the total the first page counts; the
    /// end of the list is never an error, even where the tenant answers 400 for the offset past
    /// a full last page. Dropping the stream cancels the requests in flight.
    #[inline]
    pub fn items(
        self,
    ) -> impl futures_util::Stream<
        Item = Result<
            models::Intelaccessitemhistoryevent,
            crate::SdkError<GetIntelIdentityAccessItemHistoryV1Error>,
        >,
    > {
        let paging = crate::pagination::Paging {
            offset: self.offset.map_or(0, i64::from),
            page_size: self.limit.map_or(250, i64::from),
            counts: true,
            budget: self.client.api.budget(),
        };
        let listing = self.listing;
        crate::pagination::items(
            self,
            paging,
            listing,
            |mut request: Self, offset, limit, count| {
                request.offset = Some(i32::try_from(offset).unwrap_or(i32::MAX));
                request.limit = Some(i32::try_from(limit).unwrap_or(i32::MAX));
                if count {
                    request.count = Some(true);
                }
                request.send_page()
            },
        )
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<Vec<models::Intelaccessitemhistoryevent>>,
            crate::SdkError<GetIntelIdentityAccessItemHistoryV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getIntelIdentityAccessItemHistoryV1",
            self.options,
            move |client| {
                let path = [
                    "/intelligence/v1/identities/",
                    &crate::request::path_segment(&self.id),
                    "/access-history/access-items",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.limit {
                    query.push(("limit", value.to_string()));
                }
                if let Some(value) = &self.offset {
                    query.push(("offset", value.to_string()));
                }
                if let Some(value) = &self.count {
                    query.push(("count", value.to_string()));
                }
                request = request.query(&query);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`IntelligenceApi::get_intel_identity_certification_history_v1`](IntelligenceApi::get_intel_identity_certification_history_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Invalid path or query parameters.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Unauthorized access
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal or upstream server failure.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetIntelIdentityCertificationHistoryV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`IntelligenceApi::get_intel_identity_certification_history_v1`](IntelligenceApi::get_intel_identity_certification_history_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetIntelIdentityCertificationHistoryV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    listing: crate::pagination::Listing,
}

impl GetIntelIdentityCertificationHistoryV1 {
    /// Page size. Defaults to 250; values above 250 are rejected with 400.
    ///
    /// The server's default: `250`.
    #[inline]
    pub fn limit(mut self, limit: i32) -> Self {
        self.limit = Some(limit);
        self
    }

    /// Zero-based page offset. Defaults to 0.
    ///
    /// The server's default: `0`.
    #[inline]
    pub fn offset(mut self, offset: i32) -> Self {
        self.offset = Some(offset);
        self
    }

    /// If *true* it will populate the *X-Total-Count* response header with the number of results that would be returned if *limit* and *offset* were ignored.
    ///
    /// Since requesting a total count can have a performance impact, it is recommended not to send **count=true** if that value will not be used.
    ///
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `false`.
    #[inline]
    pub fn count(mut self, count: bool) -> Self {
        self.count = Some(count);
        self
    }

    /// Each attempt's timeout, in place of the configured one.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How long all attempts and the waits between them may take: past it, the call fails
    /// with [`Error::Timeout`](crate::Error::Timeout).
    #[inline]
    pub fn deadline(mut self, deadline: std::time::Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// The most items [`items`](Self::items) yields, over all pages.
    #[inline]
    pub fn max_items(mut self, max_items: usize) -> Self {
        self.listing.max_items = Some(max_items);
        self
    }

    /// How many pages [`items`](Self::items) requests beyond the one being read, whatever the
    /// reader's pace and wherever the list ends (0 for one page at a time). If not set, the
    /// listing plans its pages from the total the first page counts and keeps as many in flight as
    /// the client's rate limit and the reader allow.
    #[inline]
    pub fn pages_ahead(mut self, pages: usize) -> Self {
        self.listing.pages_ahead = Some(pages);
        self
    }

    /// Sends the request: `GET /intelligence/v1/identities/{id}/access-history/certifications`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Intelcertificationhistoryevent>,
            crate::SdkError<GetIntelIdentityCertificationHistoryV1Error>,
        >,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request and returns one page with the total the server counts when asked
    /// with `.count(true)`.
    #[inline]
    pub fn send_page(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Page<models::Intelcertificationhistoryevent>,
            crate::SdkError<GetIntelIdentityCertificationHistoryV1Error>,
        >,
    > {
        crate::request::page(self.call())
    }

    /// Every item of every page from `offset`, fetched as the stream is read: pages of
    /// `limit` items (250 if not set), up to [`max_items`](Self::max_items),
    /// in order. As many pages are in flight as the client's rate limit and the reader's pace
    /// allow, planned from the total the first page counts; the
    /// end of the list is never an error, even where the tenant answers 400 for the offset past
    /// a full last page. Dropping the stream cancels the requests in flight.
    #[inline]
    pub fn items(
        self,
    ) -> impl futures_util::Stream<
        Item = Result<
            models::Intelcertificationhistoryevent,
            crate::SdkError<GetIntelIdentityCertificationHistoryV1Error>,
        >,
    > {
        let paging = crate::pagination::Paging {
            offset: self.offset.map_or(0, i64::from),
            page_size: self.limit.map_or(250, i64::from),
            counts: true,
            budget: self.client.api.budget(),
        };
        let listing = self.listing;
        crate::pagination::items(
            self,
            paging,
            listing,
            |mut request: Self, offset, limit, count| {
                request.offset = Some(i32::try_from(offset).unwrap_or(i32::MAX));
                request.limit = Some(i32::try_from(limit).unwrap_or(i32::MAX));
                if count {
                    request.count = Some(true);
                }
                request.send_page()
            },
        )
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<Vec<models::Intelcertificationhistoryevent>>,
            crate::SdkError<GetIntelIdentityCertificationHistoryV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getIntelIdentityCertificationHistoryV1",
            self.options,
            move |client| {
                let path = [
                    "/intelligence/v1/identities/",
                    &crate::request::path_segment(&self.id),
                    "/access-history/certifications",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.limit {
                    query.push(("limit", value.to_string()));
                }
                if let Some(value) = &self.offset {
                    query.push(("offset", value.to_string()));
                }
                if let Some(value) = &self.count {
                    query.push(("count", value.to_string()));
                }
                request = request.query(&query);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`IntelligenceApi::get_intel_identity_non_human_identity_ownership_v1`](IntelligenceApi::get_intel_identity_non_human_identity_ownership_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Invalid path or query parameters, including invalid 'category', invalid 'ownershipRole',
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Unauthorized access, or tenant lacks the 'idn:machine-identity-security' license required
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal or upstream server failure.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetIntelIdentityNonHumanIdentityOwnershipV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`IntelligenceApi::get_intel_identity_non_human_identity_ownership_v1`](IntelligenceApi::get_intel_identity_non_human_identity_ownership_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetIntelIdentityNonHumanIdentityOwnershipV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    category: models::GetIntelIdentityNonHumanIdentityOwnershipV1Category,
    ownership_role: Option<
        models::GetIntelIdentityNonHumanIdentityOwnershipV1OwnershipRole,
    >,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    listing: crate::pagination::Listing,
}

impl GetIntelIdentityNonHumanIdentityOwnershipV1 {
    /// Optional ownership role discriminator. When set to `primary` or `secondary`, returns one
    /// paged role bucket. When omitted, defaults to `primary`.
    ///
    /// The server's default: `"primary"`.
    #[inline]
    pub fn ownership_role(
        mut self,
        ownership_role: models::GetIntelIdentityNonHumanIdentityOwnershipV1OwnershipRole,
    ) -> Self {
        self.ownership_role = Some(ownership_role);
        self
    }

    /// Page size. Defaults to 250; values above 250 are rejected with 400.
    ///
    /// The server's default: `250`.
    #[inline]
    pub fn limit(mut self, limit: i32) -> Self {
        self.limit = Some(limit);
        self
    }

    /// Zero-based page offset. Defaults to 0.
    ///
    /// The server's default: `0`.
    #[inline]
    pub fn offset(mut self, offset: i32) -> Self {
        self.offset = Some(offset);
        self
    }

    /// If *true* it will populate the *X-Total-Count* response header with the number of results that would be returned if *limit* and *offset* were ignored.
    ///
    /// Since requesting a total count can have a performance impact, it is recommended not to send **count=true** if that value will not be used.
    ///
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `false`.
    #[inline]
    pub fn count(mut self, count: bool) -> Self {
        self.count = Some(count);
        self
    }

    /// Each attempt's timeout, in place of the configured one.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How long all attempts and the waits between them may take: past it, the call fails
    /// with [`Error::Timeout`](crate::Error::Timeout).
    #[inline]
    pub fn deadline(mut self, deadline: std::time::Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// The most items [`items`](Self::items) yields, over all pages.
    #[inline]
    pub fn max_items(mut self, max_items: usize) -> Self {
        self.listing.max_items = Some(max_items);
        self
    }

    /// How many pages [`items`](Self::items) requests beyond the one being read, whatever the
    /// reader's pace and wherever the list ends (0 for one page at a time). If not set, the
    /// listing plans its pages from the total the first page counts and keeps as many in flight as
    /// the client's rate limit and the reader allow.
    #[inline]
    pub fn pages_ahead(mut self, pages: usize) -> Self {
        self.listing.pages_ahead = Some(pages);
        self
    }

    /// Sends the request: `GET /intelligence/v1/identities/{id}/non-human-identity-ownership/{category}`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::IntelNonHumanIdentityOwnershipItem>,
            crate::SdkError<GetIntelIdentityNonHumanIdentityOwnershipV1Error>,
        >,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request and returns one page with the total the server counts when asked
    /// with `.count(true)`.
    #[inline]
    pub fn send_page(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Page<models::IntelNonHumanIdentityOwnershipItem>,
            crate::SdkError<GetIntelIdentityNonHumanIdentityOwnershipV1Error>,
        >,
    > {
        crate::request::page(self.call())
    }

    /// Every item of every page from `offset`, fetched as the stream is read: pages of
    /// `limit` items (250 if not set), up to [`max_items`](Self::max_items),
    /// in order. As many pages are in flight as the client's rate limit and the reader's pace
    /// allow, planned from the total the first page counts; the
    /// end of the list is never an error, even where the tenant answers 400 for the offset past
    /// a full last page. Dropping the stream cancels the requests in flight.
    #[inline]
    pub fn items(
        self,
    ) -> impl futures_util::Stream<
        Item = Result<
            models::IntelNonHumanIdentityOwnershipItem,
            crate::SdkError<GetIntelIdentityNonHumanIdentityOwnershipV1Error>,
        >,
    > {
        let paging = crate::pagination::Paging {
            offset: self.offset.map_or(0, i64::from),
            page_size: self.limit.map_or(250, i64::from),
            counts: true,
            budget: self.client.api.budget(),
        };
        let listing = self.listing;
        crate::pagination::items(
            self,
            paging,
            listing,
            |mut request: Self, offset, limit, count| {
                request.offset = Some(i32::try_from(offset).unwrap_or(i32::MAX));
                request.limit = Some(i32::try_from(limit).unwrap_or(i32::MAX));
                if count {
                    request.count = Some(true);
                }
                request.send_page()
            },
        )
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<Vec<models::IntelNonHumanIdentityOwnershipItem>>,
            crate::SdkError<GetIntelIdentityNonHumanIdentityOwnershipV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getIntelIdentityNonHumanIdentityOwnershipV1",
            self.options,
            move |client| {
                let path = [
                    "/intelligence/v1/identities/",
                    &crate::request::path_segment(&self.id),
                    "/non-human-identity-ownership/",
                    &crate::request::path_segment(self.category.as_str()),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.ownership_role {
                    query.push(("ownershipRole", value.as_str().to_owned()));
                }
                if let Some(value) = &self.limit {
                    query.push(("limit", value.to_string()));
                }
                if let Some(value) = &self.offset {
                    query.push(("offset", value.to_string()));
                }
                if let Some(value) = &self.count {
                    query.push(("count", value.to_string()));
                }
                request = request.query(&query);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`IntelligenceApi::create_response_action_v1`](IntelligenceApi::create_response_action_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Missing or invalid request body.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal or upstream server failure.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type CreateResponseActionV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`IntelligenceApi::create_response_action_v1`](IntelligenceApi::create_response_action_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateResponseActionV1 {
    client: crate::Client,
    options: crate::request::Options,
    response_action_create_request: models::ResponseActionCreateRequest,
}

impl CreateResponseActionV1 {
    /// Each attempt's timeout, in place of the configured one.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How long all attempts and the waits between them may take: past it, the call fails
    /// with [`Error::Timeout`](crate::Error::Timeout).
    #[inline]
    pub fn deadline(mut self, deadline: std::time::Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// Sends the request: `POST /intelligence/v1/response-actions`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::ResponseActionAccepted,
            crate::SdkError<CreateResponseActionV1Error>,
        >,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<models::ResponseActionAccepted>,
            crate::SdkError<CreateResponseActionV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createResponseActionV1",
            self.options,
            move |client| {
                let path = "/intelligence/v1/response-actions";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.response_action_create_request;
                    request = crate::request::with_json(
                        "createResponseActionV1",
                        request,
                        "application/json",
                        &value,
                    )?;
                }
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`IntelligenceApi::get_response_action_status_v1`](IntelligenceApi::get_response_action_status_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Invalid path parameter.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: No response action exists for the supplied requestId.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal or upstream server failure.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetResponseActionStatusV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`IntelligenceApi::get_response_action_status_v1`](IntelligenceApi::get_response_action_status_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetResponseActionStatusV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl GetResponseActionStatusV1 {
    /// Each attempt's timeout, in place of the configured one.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How long all attempts and the waits between them may take: past it, the call fails
    /// with [`Error::Timeout`](crate::Error::Timeout).
    #[inline]
    pub fn deadline(mut self, deadline: std::time::Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// Sends the request: `GET /intelligence/v1/response-actions/{id}/status`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::ResponseActionStatus,
            crate::SdkError<GetResponseActionStatusV1Error>,
        >,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<models::ResponseActionStatus>,
            crate::SdkError<GetResponseActionStatusV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getResponseActionStatusV1",
            self.options,
            move |client| {
                let path = [
                    "/intelligence/v1/response-actions/",
                    &crate::request::path_segment(&self.id),
                    "/status",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}
