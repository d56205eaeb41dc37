//! The IAI Outliers API.

use crate::models;

/// The IAI Outliers operations: get them from [`Client::iai_outliers`](crate::Client::iai_outliers).
#[derive(Debug, Clone, Copy)]
pub struct IaiOutliersApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The IAI Outliers operations.
    #[inline]
    pub fn iai_outliers(&self) -> IaiOutliersApi<'_> {
        IaiOutliersApi { client: self }
    }
}

impl<'a> IaiOutliersApi<'a> {
    /// Iai identity outliers summary
    ///
    /// This API returns a summary containing the number of identities that customer has, the number of outliers, and the type of outlier.
    ///
    /// `GET /outlier-summaries/v1` (`getIdentityOutlierSnapshotsV1`)
    #[inline]
    pub fn get_identity_outlier_snapshots_v1(&self) -> GetIdentityOutlierSnapshotsV1 {
        GetIdentityOutlierSnapshotsV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            limit: None,
            offset: None,
            r#type: None,
            filters: None,
            sorters: None,
            listing: crate::pagination::Listing::default(),
        }
    }

    /// Iai identity outliers latest summary
    ///
    /// This API returns a most recent snapshot of each outlier type, each containing the number of identities that customer has, the number of outliers, and the type of outlier.
    ///
    /// `GET /outlier-summaries/v1/latest` (`getLatestIdentityOutlierSnapshotsV1`)
    #[inline]
    pub fn get_latest_identity_outlier_snapshots_v1(
        &self,
    ) -> GetLatestIdentityOutlierSnapshotsV1 {
        GetLatestIdentityOutlierSnapshotsV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            r#type: None,
        }
    }

    /// Iai get identity outliers
    ///
    /// This API returns a list of outliers, containing data such as identity ID, outlier type, detection dates, identity attributes, if identity is ignored, and certification information.
    ///
    /// `GET /outliers/v1` (`getIdentityOutliersV1`)
    #[inline]
    pub fn get_identity_outliers_v1(&self) -> GetIdentityOutliersV1 {
        GetIdentityOutliersV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            limit: None,
            offset: None,
            count: None,
            r#type: None,
            filters: None,
            sorters: None,
            listing: crate::pagination::Listing::default(),
        }
    }

    /// Get identity outlier's contibuting features
    ///
    /// This API returns a list of contributing feature objects for a single outlier.
    ///
    /// The object contains: feature name, feature value type, value, importance, display name (translated text or message key), description (translated text or message key), translation messages object.
    ///
    /// `GET /outliers/v1/{outlierId}/contributing-features` (`getPeerGroupOutliersContributingFeaturesV1`)
    #[inline]
    pub fn get_peer_group_outliers_contributing_features_v1(
        &self,
        outlier_id: impl Into<String>,
    ) -> GetPeerGroupOutliersContributingFeaturesV1 {
        GetPeerGroupOutliersContributingFeaturesV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            outlier_id: outlier_id.into(),
            limit: None,
            offset: None,
            count: None,
            include_translation_messages: None,
            sorters: None,
            listing: crate::pagination::Listing::default(),
        }
    }

    /// Gets a list of access items associated with each identity outlier contributing feature
    ///
    /// This API returns a list of the enriched access items associated with each feature filtered by the access item type.
    ///
    /// The object contains: accessItemId, display name (translated text or message key), description (translated text or message key), accessType, sourceName, extremelyRare.
    ///
    /// `GET /outliers/v1/{outlierId}/feature-details/{contributingFeatureName}/access-items` (`listOutliersContributingFeatureAccessItemsV1`)
    #[inline]
    pub fn list_outliers_contributing_feature_access_items_v1(
        &self,
        outlier_id: impl Into<String>,
        contributing_feature_name: models::ListOutliersContributingFeatureAccessItemsV1ContributingFeatureName,
    ) -> ListOutliersContributingFeatureAccessItemsV1 {
        ListOutliersContributingFeatureAccessItemsV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            outlier_id: outlier_id.into(),
            contributing_feature_name,
            limit: None,
            offset: None,
            count: None,
            access_type: None,
            sorters: None,
            listing: crate::pagination::Listing::default(),
        }
    }

    /// Iai identity outliers ignore
    ///
    /// This API receives a list of identity IDs in the request, changes the outliers to be ignored.
    ///
    /// `POST /outliers/v1/ignore` (`ignoreIdentityOutliersV1`)
    #[inline]
    pub fn ignore_identity_outliers_v1(
        &self,
        body: Vec<String>,
    ) -> IgnoreIdentityOutliersV1 {
        IgnoreIdentityOutliersV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            body,
        }
    }

    /// Iai identity outliers unignore
    ///
    /// This API receives a list of identity IDs in the request, changes the outliers to be un-ignored.
    ///
    /// `POST /outliers/v1/unignore` (`unIgnoreIdentityOutliersV1`)
    #[inline]
    pub fn un_ignore_identity_outliers_v1(
        &self,
        body: Vec<String>,
    ) -> UnIgnoreIdentityOutliersV1 {
        UnIgnoreIdentityOutliersV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            body,
        }
    }

    /// Iai identity outliers export
    ///
    /// This API exports a list of ignored outliers to a CSV as well as list of non-ignored outliers to a CSV. These two CSVs will be zipped and exported.
    ///
    /// Columns will include: identityId, type, firstDetectionDate, latestDetectionDate, ignored, & attributes (defined set of identity attributes).
    ///
    /// `GET /outliers/v1/export` (`exportOutliersZipV1`)
    #[inline]
    pub fn export_outliers_zip_v1(&self) -> ExportOutliersZipV1 {
        ExportOutliersZipV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            r#type: None,
        }
    }

    /// Get identity outlier contibuting feature summary
    ///
    /// This API returns a summary of a contributing feature for an identity outlier.
    ///
    /// The object contains: contributing feature name (translated text or message key), identity outlier display name, feature values, feature definition and explanation (translated text or message key), peer display name and identityId, access item reference, translation messages object.
    ///
    /// `GET /outlier-feature-summaries/v1/{outlierFeatureId}` (`getOutlierContributingFeatureSummaryV1`)
    #[inline]
    pub fn get_outlier_contributing_feature_summary_v1(
        &self,
        outlier_feature_id: impl Into<String>,
    ) -> GetOutlierContributingFeatureSummaryV1 {
        GetOutlierContributingFeatureSummaryV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            outlier_feature_id: outlier_feature_id.into(),
        }
    }
}

/// The error statuses of [`IaiOutliersApi::get_identity_outlier_snapshots_v1`](IaiOutliersApi::get_identity_outlier_snapshots_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetIdentityOutlierSnapshotsV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`IaiOutliersApi::get_identity_outlier_snapshots_v1`](IaiOutliersApi::get_identity_outlier_snapshots_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetIdentityOutlierSnapshotsV1 {
    client: crate::Client,
    options: crate::request::Options,
    limit: Option<i32>,
    offset: Option<i32>,
    r#type: Option<models::GetIdentityOutlierSnapshotsV1Type>,
    filters: Option<String>,
    sorters: Option<String>,
    listing: crate::pagination::Listing,
}

impl GetIdentityOutlierSnapshotsV1 {
    /// Max number of results to return.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `250`.
    #[inline]
    pub fn limit(mut self, limit: i32) -> Self {
        self.limit = Some(limit);
        self
    }

    /// Offset into the full result set. Usually specified with *limit* to paginate through the results.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `0`.
    #[inline]
    pub fn offset(mut self, offset: i32) -> Self {
        self.offset = Some(offset);
        self
    }

    /// Type of the identity outliers snapshot to filter on
    #[inline]
    pub fn r#type(mut self, r#type: models::GetIdentityOutlierSnapshotsV1Type) -> Self {
        self.r#type = Some(r#type);
        self
    }

    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **snapshotDate**: *ge, le*
    #[inline]
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **snapshotDate**
    #[inline]
    pub fn sorters(mut self, sorters: impl Into<String>) -> Self {
        self.sorters = Some(sorters.into());
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
    /// listing plans its pages and keeps as many in flight as
    /// the client's rate limit and the reader allow.
    #[inline]
    pub fn pages_ahead(mut self, pages: usize) -> Self {
        self.listing.pages_ahead = Some(pages);
        self
    }

    /// Sends the request: `GET /outlier-summaries/v1`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Outliersummary>,
            crate::SdkError<GetIdentityOutlierSnapshotsV1Error>,
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
            crate::Page<models::Outliersummary>,
            crate::SdkError<GetIdentityOutlierSnapshotsV1Error>,
        >,
    > {
        crate::request::page(self.call())
    }

    /// Every item of every page from `offset`, fetched as the stream is read: pages of
    /// `limit` items (250 if not set), up to [`max_items`](Self::max_items),
    /// in order. As many pages are in flight as the client's rate limit and the reader's pace
    /// allow; the
    /// end of the list is never an error, even where the tenant answers 400 for the offset past
    /// a full last page. Dropping the stream cancels the requests in flight.
    #[inline]
    pub fn items(
        self,
    ) -> impl futures_util::Stream<
        Item = Result<
            models::Outliersummary,
            crate::SdkError<GetIdentityOutlierSnapshotsV1Error>,
        >,
    > {
        let paging = crate::pagination::Paging {
            offset: self.offset.map_or(0, i64::from),
            page_size: self.limit.map_or(250, i64::from),
            counts: false,
            budget: self.client.api.budget(),
        };
        let listing = self.listing;
        crate::pagination::items(
            self,
            paging,
            listing,
            |mut request: Self, offset, limit, _| {
                request.offset = Some(i32::try_from(offset).unwrap_or(i32::MAX));
                request.limit = Some(i32::try_from(limit).unwrap_or(i32::MAX));
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
            crate::Response<Vec<models::Outliersummary>>,
            crate::SdkError<GetIdentityOutlierSnapshotsV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getIdentityOutlierSnapshotsV1",
            self.options,
            move |client| {
                let path = "/outlier-summaries/v1";
                let mut request = client.request(reqwest::Method::GET, path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.limit {
                    query.push(("limit", value.to_string()));
                }
                if let Some(value) = &self.offset {
                    query.push(("offset", value.to_string()));
                }
                if let Some(value) = &self.r#type {
                    query.push(("type", value.as_str().to_owned()));
                }
                if let Some(value) = &self.filters {
                    query.push(("filters", value.clone()));
                }
                if let Some(value) = &self.sorters {
                    query.push(("sorters", value.clone()));
                }
                request = request.query(&query);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`IaiOutliersApi::get_latest_identity_outlier_snapshots_v1`](IaiOutliersApi::get_latest_identity_outlier_snapshots_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetLatestIdentityOutlierSnapshotsV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`IaiOutliersApi::get_latest_identity_outlier_snapshots_v1`](IaiOutliersApi::get_latest_identity_outlier_snapshots_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetLatestIdentityOutlierSnapshotsV1 {
    client: crate::Client,
    options: crate::request::Options,
    r#type: Option<models::GetLatestIdentityOutlierSnapshotsV1Type>,
}

impl GetLatestIdentityOutlierSnapshotsV1 {
    /// Type of the identity outliers snapshot to filter on
    #[inline]
    pub fn r#type(
        mut self,
        r#type: models::GetLatestIdentityOutlierSnapshotsV1Type,
    ) -> Self {
        self.r#type = Some(r#type);
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

    /// Sends the request: `GET /outlier-summaries/v1/latest`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Latestoutliersummary>,
            crate::SdkError<GetLatestIdentityOutlierSnapshotsV1Error>,
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
            crate::Response<Vec<models::Latestoutliersummary>>,
            crate::SdkError<GetLatestIdentityOutlierSnapshotsV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getLatestIdentityOutlierSnapshotsV1",
            self.options,
            move |client| {
                let path = "/outlier-summaries/v1/latest";
                let mut request = client.request(reqwest::Method::GET, path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.r#type {
                    query.push(("type", value.as_str().to_owned()));
                }
                request = request.query(&query);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`IaiOutliersApi::get_identity_outliers_v1`](IaiOutliersApi::get_identity_outliers_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetIdentityOutliersV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`IaiOutliersApi::get_identity_outliers_v1`](IaiOutliersApi::get_identity_outliers_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetIdentityOutliersV1 {
    client: crate::Client,
    options: crate::request::Options,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    r#type: Option<models::GetIdentityOutliersV1Type>,
    filters: Option<String>,
    sorters: Option<String>,
    listing: crate::pagination::Listing,
}

impl GetIdentityOutliersV1 {
    /// Max number of results to return.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `250`.
    #[inline]
    pub fn limit(mut self, limit: i32) -> Self {
        self.limit = Some(limit);
        self
    }

    /// Offset into the full result set. Usually specified with *limit* to paginate through the results.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
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

    /// Type of the identity outliers snapshot to filter on
    #[inline]
    pub fn r#type(mut self, r#type: models::GetIdentityOutliersV1Type) -> Self {
        self.r#type = Some(r#type);
        self
    }

    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **attributes**: *eq, sw, co, in*
    ///
    /// **firstDetectionDate**: *ge, le*
    ///
    /// **certStatus**: *eq*
    ///
    /// **ignored**: *eq*
    ///
    /// **score**: *ge, le*
    #[inline]
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **firstDetectionDate, attributes, score**
    #[inline]
    pub fn sorters(mut self, sorters: impl Into<String>) -> Self {
        self.sorters = Some(sorters.into());
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

    /// Sends the request: `GET /outliers/v1`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Outlier>,
            crate::SdkError<GetIdentityOutliersV1Error>,
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
            crate::Page<models::Outlier>,
            crate::SdkError<GetIdentityOutliersV1Error>,
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
        Item = Result<models::Outlier, crate::SdkError<GetIdentityOutliersV1Error>>,
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
            crate::Response<Vec<models::Outlier>>,
            crate::SdkError<GetIdentityOutliersV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getIdentityOutliersV1",
            self.options,
            move |client| {
                let path = "/outliers/v1";
                let mut request = client.request(reqwest::Method::GET, path);
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
                if let Some(value) = &self.r#type {
                    query.push(("type", value.as_str().to_owned()));
                }
                if let Some(value) = &self.filters {
                    query.push(("filters", value.clone()));
                }
                if let Some(value) = &self.sorters {
                    query.push(("sorters", value.clone()));
                }
                request = request.query(&query);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`IaiOutliersApi::get_peer_group_outliers_contributing_features_v1`](IaiOutliersApi::get_peer_group_outliers_contributing_features_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetPeerGroupOutliersContributingFeaturesV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`IaiOutliersApi::get_peer_group_outliers_contributing_features_v1`](IaiOutliersApi::get_peer_group_outliers_contributing_features_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetPeerGroupOutliersContributingFeaturesV1 {
    client: crate::Client,
    options: crate::request::Options,
    outlier_id: String,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    include_translation_messages: Option<String>,
    sorters: Option<String>,
    listing: crate::pagination::Listing,
}

impl GetPeerGroupOutliersContributingFeaturesV1 {
    /// Max number of results to return.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `250`.
    #[inline]
    pub fn limit(mut self, limit: i32) -> Self {
        self.limit = Some(limit);
        self
    }

    /// Offset into the full result set. Usually specified with *limit* to paginate through the results.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
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

    /// Whether or not to include translation messages object in returned response
    #[inline]
    pub fn include_translation_messages(
        mut self,
        include_translation_messages: impl Into<String>,
    ) -> Self {
        self.include_translation_messages = Some(include_translation_messages.into());
        self
    }

    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **importance**
    #[inline]
    pub fn sorters(mut self, sorters: impl Into<String>) -> Self {
        self.sorters = Some(sorters.into());
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

    /// Sends the request: `GET /outliers/v1/{outlierId}/contributing-features`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Outliercontributingfeature>,
            crate::SdkError<GetPeerGroupOutliersContributingFeaturesV1Error>,
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
            crate::Page<models::Outliercontributingfeature>,
            crate::SdkError<GetPeerGroupOutliersContributingFeaturesV1Error>,
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
            models::Outliercontributingfeature,
            crate::SdkError<GetPeerGroupOutliersContributingFeaturesV1Error>,
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
            crate::Response<Vec<models::Outliercontributingfeature>>,
            crate::SdkError<GetPeerGroupOutliersContributingFeaturesV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getPeerGroupOutliersContributingFeaturesV1",
            self.options,
            move |client| {
                let path = [
                    "/outliers/v1/",
                    &crate::request::path_segment(&self.outlier_id),
                    "/contributing-features",
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
                if let Some(value) = &self.include_translation_messages {
                    query.push(("include-translation-messages", value.clone()));
                }
                if let Some(value) = &self.sorters {
                    query.push(("sorters", value.clone()));
                }
                request = request.query(&query);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`IaiOutliersApi::list_outliers_contributing_feature_access_items_v1`](IaiOutliersApi::list_outliers_contributing_feature_access_items_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type ListOutliersContributingFeatureAccessItemsV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`IaiOutliersApi::list_outliers_contributing_feature_access_items_v1`](IaiOutliersApi::list_outliers_contributing_feature_access_items_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListOutliersContributingFeatureAccessItemsV1 {
    client: crate::Client,
    options: crate::request::Options,
    outlier_id: String,
    contributing_feature_name: models::ListOutliersContributingFeatureAccessItemsV1ContributingFeatureName,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    access_type: Option<String>,
    sorters: Option<String>,
    listing: crate::pagination::Listing,
}

impl ListOutliersContributingFeatureAccessItemsV1 {
    /// Max number of results to return.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `250`.
    #[inline]
    pub fn limit(mut self, limit: i32) -> Self {
        self.limit = Some(limit);
        self
    }

    /// Offset into the full result set. Usually specified with *limit* to paginate through the results.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
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

    /// The type of access item for the identity outlier contributing feature. If not provided, it returns all.
    #[inline]
    pub fn access_type(mut self, access_type: impl Into<String>) -> Self {
        self.access_type = Some(access_type.into());
        self
    }

    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **displayName**
    #[inline]
    pub fn sorters(mut self, sorters: impl Into<String>) -> Self {
        self.sorters = Some(sorters.into());
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

    /// Sends the request: `GET /outliers/v1/{outlierId}/feature-details/{contributingFeatureName}/access-items`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Outlierscontributingfeatureaccessitems>,
            crate::SdkError<ListOutliersContributingFeatureAccessItemsV1Error>,
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
            crate::Page<models::Outlierscontributingfeatureaccessitems>,
            crate::SdkError<ListOutliersContributingFeatureAccessItemsV1Error>,
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
            models::Outlierscontributingfeatureaccessitems,
            crate::SdkError<ListOutliersContributingFeatureAccessItemsV1Error>,
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
            crate::Response<Vec<models::Outlierscontributingfeatureaccessitems>>,
            crate::SdkError<ListOutliersContributingFeatureAccessItemsV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "listOutliersContributingFeatureAccessItemsV1",
            self.options,
            move |client| {
                let path = [
                    "/outliers/v1/",
                    &crate::request::path_segment(&self.outlier_id),
                    "/feature-details/",
                    &crate::request::path_segment(
                        self.contributing_feature_name.as_str(),
                    ),
                    "/access-items",
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
                if let Some(value) = &self.access_type {
                    query.push(("accessType", value.clone()));
                }
                if let Some(value) = &self.sorters {
                    query.push(("sorters", value.clone()));
                }
                request = request.query(&query);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`IaiOutliersApi::ignore_identity_outliers_v1`](IaiOutliersApi::ignore_identity_outliers_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type IgnoreIdentityOutliersV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`IaiOutliersApi::ignore_identity_outliers_v1`](IaiOutliersApi::ignore_identity_outliers_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct IgnoreIdentityOutliersV1 {
    client: crate::Client,
    options: crate::request::Options,
    body: Vec<String>,
}

impl IgnoreIdentityOutliersV1 {
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

    /// Sends the request: `POST /outliers/v1/ignore`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<(), crate::SdkError<IgnoreIdentityOutliersV1Error>>,
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
            crate::Response<()>,
            crate::SdkError<IgnoreIdentityOutliersV1Error>,
        >,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "ignoreIdentityOutliersV1",
            self.options,
            move |client| {
                let path = "/outliers/v1/ignore";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header("X-SailPoint-Experimental", "true");
                {
                    let value = &self.body;
                    request = crate::request::with_json(
                        "ignoreIdentityOutliersV1",
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

/// The error statuses of [`IaiOutliersApi::un_ignore_identity_outliers_v1`](IaiOutliersApi::un_ignore_identity_outliers_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type UnIgnoreIdentityOutliersV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`IaiOutliersApi::un_ignore_identity_outliers_v1`](IaiOutliersApi::un_ignore_identity_outliers_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UnIgnoreIdentityOutliersV1 {
    client: crate::Client,
    options: crate::request::Options,
    body: Vec<String>,
}

impl UnIgnoreIdentityOutliersV1 {
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

    /// Sends the request: `POST /outliers/v1/unignore`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<(), crate::SdkError<UnIgnoreIdentityOutliersV1Error>>,
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
            crate::Response<()>,
            crate::SdkError<UnIgnoreIdentityOutliersV1Error>,
        >,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "unIgnoreIdentityOutliersV1",
            self.options,
            move |client| {
                let path = "/outliers/v1/unignore";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header("X-SailPoint-Experimental", "true");
                {
                    let value = &self.body;
                    request = crate::request::with_json(
                        "unIgnoreIdentityOutliersV1",
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

/// The error statuses of [`IaiOutliersApi::export_outliers_zip_v1`](IaiOutliersApi::export_outliers_zip_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type ExportOutliersZipV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`IaiOutliersApi::export_outliers_zip_v1`](IaiOutliersApi::export_outliers_zip_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ExportOutliersZipV1 {
    client: crate::Client,
    options: crate::request::Options,
    r#type: Option<models::ExportOutliersZipV1Type>,
}

impl ExportOutliersZipV1 {
    /// Type of the identity outliers snapshot to filter on
    #[inline]
    pub fn r#type(mut self, r#type: models::ExportOutliersZipV1Type) -> Self {
        self.r#type = Some(r#type);
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

    /// Sends the request: `GET /outliers/v1/export`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<Vec<u8>, crate::SdkError<ExportOutliersZipV1Error>>,
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
            crate::Response<Vec<u8>>,
            crate::SdkError<ExportOutliersZipV1Error>,
        >,
    > {
        crate::request::bytes(self.call())
    }

    /// Sends the request, as [`send`](Self::send), and returns the file as a stream of chunks
    /// as they arrive rather than buffered whole: for large downloads.
    #[inline]
    pub fn send_streaming(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<crate::ByteStream>,
            crate::SdkError<ExportOutliersZipV1Error>,
        >,
    > {
        crate::request::streaming(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "exportOutliersZipV1",
            self.options,
            move |client| {
                let path = "/outliers/v1/export";
                let mut request = client.request(reqwest::Method::GET, path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.r#type {
                    query.push(("type", value.as_str().to_owned()));
                }
                request = request.query(&query);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/zip");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`IaiOutliersApi::get_outlier_contributing_feature_summary_v1`](IaiOutliersApi::get_outlier_contributing_feature_summary_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetOutlierContributingFeatureSummaryV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`IaiOutliersApi::get_outlier_contributing_feature_summary_v1`](IaiOutliersApi::get_outlier_contributing_feature_summary_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetOutlierContributingFeatureSummaryV1 {
    client: crate::Client,
    options: crate::request::Options,
    outlier_feature_id: String,
}

impl GetOutlierContributingFeatureSummaryV1 {
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

    /// Sends the request: `GET /outlier-feature-summaries/v1/{outlierFeatureId}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Outlierfeaturesummary,
            crate::SdkError<GetOutlierContributingFeatureSummaryV1Error>,
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
            crate::Response<models::Outlierfeaturesummary>,
            crate::SdkError<GetOutlierContributingFeatureSummaryV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getOutlierContributingFeatureSummaryV1",
            self.options,
            move |client| {
                let path = [
                    "/outlier-feature-summaries/v1/",
                    &crate::request::path_segment(&self.outlier_feature_id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}
