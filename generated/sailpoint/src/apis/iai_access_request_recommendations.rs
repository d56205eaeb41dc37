//! The IAI Access Request Recommendations API.

use crate::models;

/// The IAI Access Request Recommendations operations: get them from [`Client::iai_access_request_recommendations`](crate::Client::iai_access_request_recommendations).
#[derive(Debug, Clone, Copy)]
pub struct IaiAccessRequestRecommendationsApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The IAI Access Request Recommendations operations.
    #[inline]
    pub fn iai_access_request_recommendations(
        &self,
    ) -> IaiAccessRequestRecommendationsApi<'_> {
        IaiAccessRequestRecommendationsApi {
            client: self,
        }
    }
}

impl<'a> IaiAccessRequestRecommendationsApi<'a> {
    /// Identity access request recommendations
    ///
    /// This API returns the access request recommendations for the specified identity. The default identity is *me* which indicates the current user.
    ///
    /// `GET /ai-access-request-recommendations/v1` (`getAccessRequestRecommendationsV1`)
    #[inline]
    pub fn get_access_request_recommendations_v1(
        &self,
    ) -> GetAccessRequestRecommendationsV1 {
        GetAccessRequestRecommendationsV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            identity_id: None,
            limit: None,
            offset: None,
            count: None,
            include_translation_messages: None,
            filters: None,
            sorters: None,
            listing: crate::pagination::Listing::default(),
        }
    }

    /// Get access request recommendations config
    ///
    /// This API returns the configurations for Access Request Recommender for the tenant.
    ///
    /// `GET /ai-access-request-recommendations/v1/config` (`getAccessRequestRecommendationsConfigV1`)
    #[inline]
    pub fn get_access_request_recommendations_config_v1(
        &self,
    ) -> GetAccessRequestRecommendationsConfigV1 {
        GetAccessRequestRecommendationsConfigV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
        }
    }

    /// Update access request recommendations config
    ///
    /// This API updates the configurations for Access Request Recommender for the tenant.
    ///
    /// `PUT /ai-access-request-recommendations/v1/config` (`setAccessRequestRecommendationsConfigV1`)
    #[inline]
    pub fn set_access_request_recommendations_config_v1(
        &self,
        accessrequestrecommendationconfigdto: models::Accessrequestrecommendationconfigdto,
    ) -> SetAccessRequestRecommendationsConfigV1 {
        SetAccessRequestRecommendationsConfigV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            accessrequestrecommendationconfigdto,
        }
    }

    /// List ignored access request recommendations
    ///
    /// This API returns the list of ignored access request recommendations.
    ///
    /// `GET /ai-access-request-recommendations/v1/ignored-items` (`getAccessRequestRecommendationsIgnoredItemsV1`)
    #[inline]
    pub fn get_access_request_recommendations_ignored_items_v1(
        &self,
    ) -> GetAccessRequestRecommendationsIgnoredItemsV1 {
        GetAccessRequestRecommendationsIgnoredItemsV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            limit: None,
            offset: None,
            count: None,
            filters: None,
            sorters: None,
            listing: crate::pagination::Listing::default(),
        }
    }

    /// Ignore access request recommendation
    ///
    /// This API ignores a recommended access request item. Once an item is ignored, it will be marked as ignored=true if it is still a recommended item. The consumer can decide to hide ignored recommendations.
    ///
    /// `POST /ai-access-request-recommendations/v1/ignored-items` (`addAccessRequestRecommendationsIgnoredItemV1`)
    #[inline]
    pub fn add_access_request_recommendations_ignored_item_v1(
        &self,
        accessrequestrecommendationactionitemdto: models::Accessrequestrecommendationactionitemdto,
    ) -> AddAccessRequestRecommendationsIgnoredItemV1 {
        AddAccessRequestRecommendationsIgnoredItemV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            accessrequestrecommendationactionitemdto,
        }
    }

    /// List accepted access request recommendations
    ///
    /// This API returns a list of requested access request recommendations.
    ///
    /// `GET /ai-access-request-recommendations/v1/requested-items` (`getAccessRequestRecommendationsRequestedItemsV1`)
    #[inline]
    pub fn get_access_request_recommendations_requested_items_v1(
        &self,
    ) -> GetAccessRequestRecommendationsRequestedItemsV1 {
        GetAccessRequestRecommendationsRequestedItemsV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            limit: None,
            offset: None,
            count: None,
            filters: None,
            sorters: None,
            listing: crate::pagination::Listing::default(),
        }
    }

    /// Accept access request recommendation
    ///
    /// This API consumes a notification that a recommended access request item was requested. This API does not actually make the request, it is just a notification. This will help provide feedback in order to improve our recommendations.
    ///
    /// `POST /ai-access-request-recommendations/v1/requested-items` (`addAccessRequestRecommendationsRequestedItemV1`)
    #[inline]
    pub fn add_access_request_recommendations_requested_item_v1(
        &self,
        accessrequestrecommendationactionitemdto: models::Accessrequestrecommendationactionitemdto,
    ) -> AddAccessRequestRecommendationsRequestedItemV1 {
        AddAccessRequestRecommendationsRequestedItemV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            accessrequestrecommendationactionitemdto,
        }
    }

    /// List viewed access request recommendations
    ///
    /// This API returns the list of viewed access request recommendations.
    ///
    /// `GET /ai-access-request-recommendations/v1/viewed-items` (`getAccessRequestRecommendationsViewedItemsV1`)
    #[inline]
    pub fn get_access_request_recommendations_viewed_items_v1(
        &self,
    ) -> GetAccessRequestRecommendationsViewedItemsV1 {
        GetAccessRequestRecommendationsViewedItemsV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            limit: None,
            offset: None,
            count: None,
            filters: None,
            sorters: None,
            listing: crate::pagination::Listing::default(),
        }
    }

    /// Mark viewed access request recommendations
    ///
    /// This API consumes a notification that a recommended access request item was viewed. Future recommendations with this item will be marked with viewed=true. This can be useful for the consumer to determine if there are any new/unviewed recommendations.
    ///
    /// `POST /ai-access-request-recommendations/v1/viewed-items` (`addAccessRequestRecommendationsViewedItemV1`)
    #[inline]
    pub fn add_access_request_recommendations_viewed_item_v1(
        &self,
        accessrequestrecommendationactionitemdto: models::Accessrequestrecommendationactionitemdto,
    ) -> AddAccessRequestRecommendationsViewedItemV1 {
        AddAccessRequestRecommendationsViewedItemV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            accessrequestrecommendationactionitemdto,
        }
    }

    /// Bulk mark viewed access request recommendations
    ///
    /// This API consumes a notification that a set of recommended access request item were viewed. Future recommendations with these items will be marked with viewed=true. This can be useful for the consumer to determine if there are any new/unviewed recommendations.
    ///
    /// `POST /ai-access-request-recommendations/v1/viewed-items/bulk-create` (`addAccessRequestRecommendationsViewedItemsV1`)
    #[inline]
    pub fn add_access_request_recommendations_viewed_items_v1(
        &self,
        accessrequestrecommendationactionitemdto: Vec<
            models::Accessrequestrecommendationactionitemdto,
        >,
    ) -> AddAccessRequestRecommendationsViewedItemsV1 {
        AddAccessRequestRecommendationsViewedItemsV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            accessrequestrecommendationactionitemdto,
        }
    }
}

/// The error statuses of [`IaiAccessRequestRecommendationsApi::get_access_request_recommendations_v1`](IaiAccessRequestRecommendationsApi::get_access_request_recommendations_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetAccessRequestRecommendationsV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`IaiAccessRequestRecommendationsApi::get_access_request_recommendations_v1`](IaiAccessRequestRecommendationsApi::get_access_request_recommendations_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetAccessRequestRecommendationsV1 {
    client: crate::Client,
    options: crate::request::Options,
    identity_id: Option<String>,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    include_translation_messages: Option<bool>,
    filters: Option<String>,
    sorters: Option<String>,
    listing: crate::pagination::Listing,
}

impl GetAccessRequestRecommendationsV1 {
    /// Get access request recommendations for an identityId. *me* indicates the current user.
    ///
    /// The server's default: `"me"`.
    #[inline]
    pub fn identity_id(mut self, identity_id: impl Into<String>) -> Self {
        self.identity_id = Some(identity_id.into());
        self
    }

    /// Max number of results to return.
    ///
    /// The server's default: `15`.
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

    /// If *true* it will populate a list of translation messages in the response.
    ///
    /// The server's default: `false`.
    #[inline]
    pub fn include_translation_messages(
        mut self,
        include_translation_messages: bool,
    ) -> Self {
        self.include_translation_messages = Some(include_translation_messages);
        self
    }

    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **access.name**: *co*
    ///
    /// **access.type**: *eq, in*
    ///
    /// **access.description**: *co, eq, in*
    #[inline]
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **access.name, access.type**
    ///
    /// By default the recommendations are sorted by highest confidence first.
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

    /// Sends the request: `GET /ai-access-request-recommendations/v1`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Accessrequestrecommendationitemdetail>,
            crate::SdkError<GetAccessRequestRecommendationsV1Error>,
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
            crate::Page<models::Accessrequestrecommendationitemdetail>,
            crate::SdkError<GetAccessRequestRecommendationsV1Error>,
        >,
    > {
        crate::request::page(self.call())
    }

    /// Every item of every page from `offset`, fetched as the stream is read: pages of
    /// `limit` items (15 if not set), up to [`max_items`](Self::max_items),
    /// in order. As many pages are in flight as the client's rate limit and the reader's pace
    /// allow, planned from the total the first page counts; the
    /// end of the list is never an error, even where the tenant answers 400 for the offset past
    /// a full last page. Dropping the stream cancels the requests in flight.
    #[inline]
    pub fn items(
        self,
    ) -> impl futures_util::Stream<
        Item = Result<
            models::Accessrequestrecommendationitemdetail,
            crate::SdkError<GetAccessRequestRecommendationsV1Error>,
        >,
    > {
        let paging = crate::pagination::Paging {
            offset: self.offset.map_or(0, i64::from),
            page_size: self.limit.map_or(15, i64::from),
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
            crate::Response<Vec<models::Accessrequestrecommendationitemdetail>>,
            crate::SdkError<GetAccessRequestRecommendationsV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getAccessRequestRecommendationsV1",
            self.options,
            move |client| {
                let path = "/ai-access-request-recommendations/v1";
                let mut request = client.request(reqwest::Method::GET, path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.identity_id {
                    query.push(("identity-id", value.clone()));
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
                if let Some(value) = &self.include_translation_messages {
                    query.push(("include-translation-messages", value.to_string()));
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

/// The error statuses of [`IaiAccessRequestRecommendationsApi::get_access_request_recommendations_config_v1`](IaiAccessRequestRecommendationsApi::get_access_request_recommendations_config_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetAccessRequestRecommendationsConfigV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`IaiAccessRequestRecommendationsApi::get_access_request_recommendations_config_v1`](IaiAccessRequestRecommendationsApi::get_access_request_recommendations_config_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetAccessRequestRecommendationsConfigV1 {
    client: crate::Client,
    options: crate::request::Options,
}

impl GetAccessRequestRecommendationsConfigV1 {
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

    /// Sends the request: `GET /ai-access-request-recommendations/v1/config`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Accessrequestrecommendationconfigdto,
            crate::SdkError<GetAccessRequestRecommendationsConfigV1Error>,
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
            crate::Response<models::Accessrequestrecommendationconfigdto>,
            crate::SdkError<GetAccessRequestRecommendationsConfigV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getAccessRequestRecommendationsConfigV1",
            self.options,
            move |client| {
                let path = "/ai-access-request-recommendations/v1/config";
                let mut request = client.request(reqwest::Method::GET, path);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`IaiAccessRequestRecommendationsApi::set_access_request_recommendations_config_v1`](IaiAccessRequestRecommendationsApi::set_access_request_recommendations_config_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type SetAccessRequestRecommendationsConfigV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`IaiAccessRequestRecommendationsApi::set_access_request_recommendations_config_v1`](IaiAccessRequestRecommendationsApi::set_access_request_recommendations_config_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SetAccessRequestRecommendationsConfigV1 {
    client: crate::Client,
    options: crate::request::Options,
    accessrequestrecommendationconfigdto: models::Accessrequestrecommendationconfigdto,
}

impl SetAccessRequestRecommendationsConfigV1 {
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

    /// Sends the request: `PUT /ai-access-request-recommendations/v1/config`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Accessrequestrecommendationconfigdto,
            crate::SdkError<SetAccessRequestRecommendationsConfigV1Error>,
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
            crate::Response<models::Accessrequestrecommendationconfigdto>,
            crate::SdkError<SetAccessRequestRecommendationsConfigV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "setAccessRequestRecommendationsConfigV1",
            self.options,
            move |client| {
                let path = "/ai-access-request-recommendations/v1/config";
                let mut request = client.request(reqwest::Method::PUT, path);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.accessrequestrecommendationconfigdto;
                    request = crate::request::with_json(
                        "setAccessRequestRecommendationsConfigV1",
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

/// The error statuses of [`IaiAccessRequestRecommendationsApi::get_access_request_recommendations_ignored_items_v1`](IaiAccessRequestRecommendationsApi::get_access_request_recommendations_ignored_items_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetAccessRequestRecommendationsIgnoredItemsV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`IaiAccessRequestRecommendationsApi::get_access_request_recommendations_ignored_items_v1`](IaiAccessRequestRecommendationsApi::get_access_request_recommendations_ignored_items_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetAccessRequestRecommendationsIgnoredItemsV1 {
    client: crate::Client,
    options: crate::request::Options,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    filters: Option<String>,
    sorters: Option<String>,
    listing: crate::pagination::Listing,
}

impl GetAccessRequestRecommendationsIgnoredItemsV1 {
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

    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **access.id**: *eq, in*
    ///
    /// **access.type**: *eq, in*
    ///
    /// **identityId**: *eq, in*
    #[inline]
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **access.id, access.type, identityId, timestamp**
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

    /// Sends the request: `GET /ai-access-request-recommendations/v1/ignored-items`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Accessrequestrecommendationactionitemresponsedto>,
            crate::SdkError<GetAccessRequestRecommendationsIgnoredItemsV1Error>,
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
            crate::Page<models::Accessrequestrecommendationactionitemresponsedto>,
            crate::SdkError<GetAccessRequestRecommendationsIgnoredItemsV1Error>,
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
            models::Accessrequestrecommendationactionitemresponsedto,
            crate::SdkError<GetAccessRequestRecommendationsIgnoredItemsV1Error>,
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
            crate::Response<
                Vec<models::Accessrequestrecommendationactionitemresponsedto>,
            >,
            crate::SdkError<GetAccessRequestRecommendationsIgnoredItemsV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getAccessRequestRecommendationsIgnoredItemsV1",
            self.options,
            move |client| {
                let path = "/ai-access-request-recommendations/v1/ignored-items";
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

/// The error statuses of [`IaiAccessRequestRecommendationsApi::add_access_request_recommendations_ignored_item_v1`](IaiAccessRequestRecommendationsApi::add_access_request_recommendations_ignored_item_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type AddAccessRequestRecommendationsIgnoredItemV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`IaiAccessRequestRecommendationsApi::add_access_request_recommendations_ignored_item_v1`](IaiAccessRequestRecommendationsApi::add_access_request_recommendations_ignored_item_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct AddAccessRequestRecommendationsIgnoredItemV1 {
    client: crate::Client,
    options: crate::request::Options,
    accessrequestrecommendationactionitemdto: models::Accessrequestrecommendationactionitemdto,
}

impl AddAccessRequestRecommendationsIgnoredItemV1 {
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

    /// Sends the request: `POST /ai-access-request-recommendations/v1/ignored-items`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Accessrequestrecommendationactionitemresponsedto,
            crate::SdkError<AddAccessRequestRecommendationsIgnoredItemV1Error>,
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
            crate::Response<models::Accessrequestrecommendationactionitemresponsedto>,
            crate::SdkError<AddAccessRequestRecommendationsIgnoredItemV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "addAccessRequestRecommendationsIgnoredItemV1",
            self.options,
            move |client| {
                let path = "/ai-access-request-recommendations/v1/ignored-items";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.accessrequestrecommendationactionitemdto;
                    request = crate::request::with_json(
                        "addAccessRequestRecommendationsIgnoredItemV1",
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

/// The error statuses of [`IaiAccessRequestRecommendationsApi::get_access_request_recommendations_requested_items_v1`](IaiAccessRequestRecommendationsApi::get_access_request_recommendations_requested_items_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetAccessRequestRecommendationsRequestedItemsV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`IaiAccessRequestRecommendationsApi::get_access_request_recommendations_requested_items_v1`](IaiAccessRequestRecommendationsApi::get_access_request_recommendations_requested_items_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetAccessRequestRecommendationsRequestedItemsV1 {
    client: crate::Client,
    options: crate::request::Options,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    filters: Option<String>,
    sorters: Option<String>,
    listing: crate::pagination::Listing,
}

impl GetAccessRequestRecommendationsRequestedItemsV1 {
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

    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **access.id**: *eq, in*
    ///
    /// **access.type**: *eq, in*
    ///
    /// **identityId**: *eq, in*
    #[inline]
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **access.id, access.type, identityId, timestamp**
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

    /// Sends the request: `GET /ai-access-request-recommendations/v1/requested-items`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Accessrequestrecommendationactionitemresponsedto>,
            crate::SdkError<GetAccessRequestRecommendationsRequestedItemsV1Error>,
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
            crate::Page<models::Accessrequestrecommendationactionitemresponsedto>,
            crate::SdkError<GetAccessRequestRecommendationsRequestedItemsV1Error>,
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
            models::Accessrequestrecommendationactionitemresponsedto,
            crate::SdkError<GetAccessRequestRecommendationsRequestedItemsV1Error>,
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
            crate::Response<
                Vec<models::Accessrequestrecommendationactionitemresponsedto>,
            >,
            crate::SdkError<GetAccessRequestRecommendationsRequestedItemsV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getAccessRequestRecommendationsRequestedItemsV1",
            self.options,
            move |client| {
                let path = "/ai-access-request-recommendations/v1/requested-items";
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

/// The error statuses of [`IaiAccessRequestRecommendationsApi::add_access_request_recommendations_requested_item_v1`](IaiAccessRequestRecommendationsApi::add_access_request_recommendations_requested_item_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type AddAccessRequestRecommendationsRequestedItemV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`IaiAccessRequestRecommendationsApi::add_access_request_recommendations_requested_item_v1`](IaiAccessRequestRecommendationsApi::add_access_request_recommendations_requested_item_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct AddAccessRequestRecommendationsRequestedItemV1 {
    client: crate::Client,
    options: crate::request::Options,
    accessrequestrecommendationactionitemdto: models::Accessrequestrecommendationactionitemdto,
}

impl AddAccessRequestRecommendationsRequestedItemV1 {
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

    /// Sends the request: `POST /ai-access-request-recommendations/v1/requested-items`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Accessrequestrecommendationactionitemresponsedto,
            crate::SdkError<AddAccessRequestRecommendationsRequestedItemV1Error>,
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
            crate::Response<models::Accessrequestrecommendationactionitemresponsedto>,
            crate::SdkError<AddAccessRequestRecommendationsRequestedItemV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "addAccessRequestRecommendationsRequestedItemV1",
            self.options,
            move |client| {
                let path = "/ai-access-request-recommendations/v1/requested-items";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.accessrequestrecommendationactionitemdto;
                    request = crate::request::with_json(
                        "addAccessRequestRecommendationsRequestedItemV1",
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

/// The error statuses of [`IaiAccessRequestRecommendationsApi::get_access_request_recommendations_viewed_items_v1`](IaiAccessRequestRecommendationsApi::get_access_request_recommendations_viewed_items_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetAccessRequestRecommendationsViewedItemsV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`IaiAccessRequestRecommendationsApi::get_access_request_recommendations_viewed_items_v1`](IaiAccessRequestRecommendationsApi::get_access_request_recommendations_viewed_items_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetAccessRequestRecommendationsViewedItemsV1 {
    client: crate::Client,
    options: crate::request::Options,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    filters: Option<String>,
    sorters: Option<String>,
    listing: crate::pagination::Listing,
}

impl GetAccessRequestRecommendationsViewedItemsV1 {
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

    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **access.id**: *eq, in*
    ///
    /// **access.type**: *eq, in*
    ///
    /// **identityId**: *eq, in*
    #[inline]
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **access.id, access.type, identityId, timestamp**
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

    /// Sends the request: `GET /ai-access-request-recommendations/v1/viewed-items`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Accessrequestrecommendationactionitemresponsedto>,
            crate::SdkError<GetAccessRequestRecommendationsViewedItemsV1Error>,
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
            crate::Page<models::Accessrequestrecommendationactionitemresponsedto>,
            crate::SdkError<GetAccessRequestRecommendationsViewedItemsV1Error>,
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
            models::Accessrequestrecommendationactionitemresponsedto,
            crate::SdkError<GetAccessRequestRecommendationsViewedItemsV1Error>,
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
            crate::Response<
                Vec<models::Accessrequestrecommendationactionitemresponsedto>,
            >,
            crate::SdkError<GetAccessRequestRecommendationsViewedItemsV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getAccessRequestRecommendationsViewedItemsV1",
            self.options,
            move |client| {
                let path = "/ai-access-request-recommendations/v1/viewed-items";
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

/// The error statuses of [`IaiAccessRequestRecommendationsApi::add_access_request_recommendations_viewed_item_v1`](IaiAccessRequestRecommendationsApi::add_access_request_recommendations_viewed_item_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type AddAccessRequestRecommendationsViewedItemV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`IaiAccessRequestRecommendationsApi::add_access_request_recommendations_viewed_item_v1`](IaiAccessRequestRecommendationsApi::add_access_request_recommendations_viewed_item_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct AddAccessRequestRecommendationsViewedItemV1 {
    client: crate::Client,
    options: crate::request::Options,
    accessrequestrecommendationactionitemdto: models::Accessrequestrecommendationactionitemdto,
}

impl AddAccessRequestRecommendationsViewedItemV1 {
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

    /// Sends the request: `POST /ai-access-request-recommendations/v1/viewed-items`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Accessrequestrecommendationactionitemresponsedto,
            crate::SdkError<AddAccessRequestRecommendationsViewedItemV1Error>,
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
            crate::Response<models::Accessrequestrecommendationactionitemresponsedto>,
            crate::SdkError<AddAccessRequestRecommendationsViewedItemV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "addAccessRequestRecommendationsViewedItemV1",
            self.options,
            move |client| {
                let path = "/ai-access-request-recommendations/v1/viewed-items";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.accessrequestrecommendationactionitemdto;
                    request = crate::request::with_json(
                        "addAccessRequestRecommendationsViewedItemV1",
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

/// The error statuses of [`IaiAccessRequestRecommendationsApi::add_access_request_recommendations_viewed_items_v1`](IaiAccessRequestRecommendationsApi::add_access_request_recommendations_viewed_items_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type AddAccessRequestRecommendationsViewedItemsV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`IaiAccessRequestRecommendationsApi::add_access_request_recommendations_viewed_items_v1`](IaiAccessRequestRecommendationsApi::add_access_request_recommendations_viewed_items_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct AddAccessRequestRecommendationsViewedItemsV1 {
    client: crate::Client,
    options: crate::request::Options,
    accessrequestrecommendationactionitemdto: Vec<
        models::Accessrequestrecommendationactionitemdto,
    >,
}

impl AddAccessRequestRecommendationsViewedItemsV1 {
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

    /// Sends the request: `POST /ai-access-request-recommendations/v1/viewed-items/bulk-create`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Accessrequestrecommendationactionitemresponsedto>,
            crate::SdkError<AddAccessRequestRecommendationsViewedItemsV1Error>,
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
            crate::Response<
                Vec<models::Accessrequestrecommendationactionitemresponsedto>,
            >,
            crate::SdkError<AddAccessRequestRecommendationsViewedItemsV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "addAccessRequestRecommendationsViewedItemsV1",
            self.options,
            move |client| {
                let path = "/ai-access-request-recommendations/v1/viewed-items/bulk-create";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.accessrequestrecommendationactionitemdto;
                    request = crate::request::with_json(
                        "addAccessRequestRecommendationsViewedItemsV1",
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
