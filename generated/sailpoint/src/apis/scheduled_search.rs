//! Use this API to implement scheduled search functionality.
//! With scheduled search functionality in place, users can run saved search queries on their tenants on a schedule, and Identity Security Cloud emails them the search results.
//! Users can also share these search results with other users by email by adding those users as subscribers, or those users can subscribe themselves.
//!
//! One of the greatest benefits of saving searches is the ability to run those searches on a schedule.
//! This is essential for organizations to constantly detect any changes to user information or access throughout their tenants and across all their sources.
//! For example, the manager Amanda Ross can schedule a saved search "manager.name:amanda.ross AND attributes.location:austin" on a schedule to regularly stay aware of changes with the Austin employees reporting to her.
//! Identity Security Cloud emails her the search results when the search runs, so she can work on other tasks instead of actively running this search.
//!
//! In Identity Security Cloud, scheduling a search involves a subscription.
//! Users can create a subscription for a saved search and schedule it to run daily, weekly, or monthly (you can only use one schedule option at a time).
//! The user can add other identities as subscribers so when the scheduled search runs, the subscribers and the user all receive emails.
//!
//! By default, subscriptions exclude detailed results from the emails, for security purposes.
//! Including detailed results about user access in an email may expose sensitive information.
//! However, the subscription creator can choose to include the information in the emails.
//!
//! By default, Identity Security Cloud sends emails to the subscribers even when the searches do not return new results.
//! However, the subscription creator can choose to suppress these empty emails.
//!
//! Users can also subscribe to saved searches that already have existing subscriptions so they receive emails when the searches run.
//! A saved search can have up to 10 subscriptions configured at a time.
//!
//! The subscription creator can enable, disable, or delete the subscription.
//!
//! Refer to [Subscribing to Saved Searches](https://documentation.sailpoint.com/saas/help/search/saved-searches.html#subscribing-to-saved-searches) for more information about scheduling searches and subscribing to them.

use crate::models;

/// The Scheduled Search operations: get them from [`Client::scheduled_search`](crate::Client::scheduled_search).
#[derive(Debug, Clone, Copy)]
pub struct ScheduledSearchApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Scheduled Search operations.
    #[inline]
    pub fn scheduled_search(&self) -> ScheduledSearchApi<'_> {
        ScheduledSearchApi { client: self }
    }
}

impl<'a> ScheduledSearchApi<'a> {
    /// List scheduled searches
    ///
    /// Returns a list of scheduled searches.
    ///
    /// `GET /scheduled-searches/v1` (`listScheduledSearchV1`)
    #[inline]
    pub fn list_scheduled_search_v1(&self) -> ListScheduledSearchV1 {
        ListScheduledSearchV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            offset: None,
            limit: None,
            count: None,
            filters: None,
            listing: crate::pagination::Listing::default(),
        }
    }

    /// Create a new scheduled search
    ///
    /// Creates a new scheduled search.
    ///
    /// `POST /scheduled-searches/v1` (`createScheduledSearchV1`)
    #[inline]
    pub fn create_scheduled_search_v1(
        &self,
        create_scheduled_search_v1_request: models::CreateScheduledSearchV1Request,
    ) -> CreateScheduledSearchV1 {
        CreateScheduledSearchV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            create_scheduled_search_v1_request,
        }
    }

    /// Get a scheduled search
    ///
    /// Returns the specified scheduled search.
    ///
    /// `GET /scheduled-searches/v1/{id}` (`getScheduledSearchV1`)
    #[inline]
    pub fn get_scheduled_search_v1(
        &self,
        id: impl Into<String>,
    ) -> GetScheduledSearchV1 {
        GetScheduledSearchV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Update an existing scheduled search
    ///
    /// Updates an existing scheduled search.
    ///
    /// `PUT /scheduled-searches/v1/{id}` (`updateScheduledSearchV1`)
    #[inline]
    pub fn update_scheduled_search_v1(
        &self,
        id: impl Into<String>,
        scheduledsearch: models::Scheduledsearch,
    ) -> UpdateScheduledSearchV1 {
        UpdateScheduledSearchV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            scheduledsearch,
        }
    }

    /// Delete a scheduled search
    ///
    /// Deletes the specified scheduled search.
    ///
    /// `DELETE /scheduled-searches/v1/{id}` (`deleteScheduledSearchV1`)
    #[inline]
    pub fn delete_scheduled_search_v1(
        &self,
        id: impl Into<String>,
    ) -> DeleteScheduledSearchV1 {
        DeleteScheduledSearchV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Unsubscribe a recipient from scheduled search
    ///
    /// Unsubscribes a recipient from the specified scheduled search.
    ///
    /// `POST /scheduled-searches/v1/{id}/unsubscribe` (`unsubscribeScheduledSearchV1`)
    #[inline]
    pub fn unsubscribe_scheduled_search_v1(
        &self,
        id: impl Into<String>,
        scheduled_search_typedreference: models::ScheduledSearchTypedreference,
    ) -> UnsubscribeScheduledSearchV1 {
        UnsubscribeScheduledSearchV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            scheduled_search_typedreference,
        }
    }
}

/// The error statuses of [`ScheduledSearchApi::list_scheduled_search_v1`](ScheduledSearchApi::list_scheduled_search_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type ListScheduledSearchV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`ScheduledSearchApi::list_scheduled_search_v1`](ScheduledSearchApi::list_scheduled_search_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListScheduledSearchV1 {
    client: crate::Client,
    options: crate::request::Options,
    offset: Option<i32>,
    limit: Option<i32>,
    count: Option<bool>,
    filters: Option<String>,
    listing: crate::pagination::Listing,
}

impl ListScheduledSearchV1 {
    /// Offset into the full result set. Usually specified with *limit* to paginate through the results.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `0`.
    #[inline]
    pub fn offset(mut self, offset: i32) -> Self {
        self.offset = Some(offset);
        self
    }

    /// Max number of results to return.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `250`.
    #[inline]
    pub fn limit(mut self, limit: i32) -> Self {
        self.limit = Some(limit);
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
    /// **owner.id**: *eq*
    ///
    /// **savedSearchId**: *eq*
    #[inline]
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
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

    /// Sends the request: `GET /scheduled-searches/v1`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Scheduledsearch>,
            crate::SdkError<ListScheduledSearchV1Error>,
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
            crate::Page<models::Scheduledsearch>,
            crate::SdkError<ListScheduledSearchV1Error>,
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
            models::Scheduledsearch,
            crate::SdkError<ListScheduledSearchV1Error>,
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
            crate::Response<Vec<models::Scheduledsearch>>,
            crate::SdkError<ListScheduledSearchV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "listScheduledSearchV1",
            self.options,
            move |client| {
                let path = "/scheduled-searches/v1";
                let mut request = client.request(reqwest::Method::GET, path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.offset {
                    query.push(("offset", value.to_string()));
                }
                if let Some(value) = &self.limit {
                    query.push(("limit", value.to_string()));
                }
                if let Some(value) = &self.count {
                    query.push(("count", value.to_string()));
                }
                if let Some(value) = &self.filters {
                    query.push(("filters", value.clone()));
                }
                request = request.query(&query);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`ScheduledSearchApi::create_scheduled_search_v1`](ScheduledSearchApi::create_scheduled_search_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type CreateScheduledSearchV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`ScheduledSearchApi::create_scheduled_search_v1`](ScheduledSearchApi::create_scheduled_search_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateScheduledSearchV1 {
    client: crate::Client,
    options: crate::request::Options,
    create_scheduled_search_v1_request: models::CreateScheduledSearchV1Request,
}

impl CreateScheduledSearchV1 {
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

    /// Sends the request: `POST /scheduled-searches/v1`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Scheduledsearch,
            crate::SdkError<CreateScheduledSearchV1Error>,
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
            crate::Response<models::Scheduledsearch>,
            crate::SdkError<CreateScheduledSearchV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createScheduledSearchV1",
            self.options,
            move |client| {
                let path = "/scheduled-searches/v1";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.create_scheduled_search_v1_request;
                    request = crate::request::with_json(
                        "createScheduledSearchV1",
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

/// The error statuses of [`ScheduledSearchApi::get_scheduled_search_v1`](ScheduledSearchApi::get_scheduled_search_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetScheduledSearchV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`ScheduledSearchApi::get_scheduled_search_v1`](ScheduledSearchApi::get_scheduled_search_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetScheduledSearchV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl GetScheduledSearchV1 {
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

    /// Sends the request: `GET /scheduled-searches/v1/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Scheduledsearch,
            crate::SdkError<GetScheduledSearchV1Error>,
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
            crate::Response<models::Scheduledsearch>,
            crate::SdkError<GetScheduledSearchV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getScheduledSearchV1",
            self.options,
            move |client| {
                let path = [
                    "/scheduled-searches/v1/",
                    &crate::request::path_segment(&self.id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`ScheduledSearchApi::update_scheduled_search_v1`](ScheduledSearchApi::update_scheduled_search_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type UpdateScheduledSearchV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`ScheduledSearchApi::update_scheduled_search_v1`](ScheduledSearchApi::update_scheduled_search_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateScheduledSearchV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    scheduledsearch: models::Scheduledsearch,
}

impl UpdateScheduledSearchV1 {
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

    /// Sends the request: `PUT /scheduled-searches/v1/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Scheduledsearch,
            crate::SdkError<UpdateScheduledSearchV1Error>,
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
            crate::Response<models::Scheduledsearch>,
            crate::SdkError<UpdateScheduledSearchV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "updateScheduledSearchV1",
            self.options,
            move |client| {
                let path = [
                    "/scheduled-searches/v1/",
                    &crate::request::path_segment(&self.id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PUT, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.scheduledsearch;
                    request = crate::request::with_json(
                        "updateScheduledSearchV1",
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

/// The error statuses of [`ScheduledSearchApi::delete_scheduled_search_v1`](ScheduledSearchApi::delete_scheduled_search_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type DeleteScheduledSearchV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`ScheduledSearchApi::delete_scheduled_search_v1`](ScheduledSearchApi::delete_scheduled_search_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteScheduledSearchV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl DeleteScheduledSearchV1 {
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

    /// Sends the request: `DELETE /scheduled-searches/v1/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<(), crate::SdkError<DeleteScheduledSearchV1Error>>,
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
            crate::SdkError<DeleteScheduledSearchV1Error>,
        >,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "deleteScheduledSearchV1",
            self.options,
            move |client| {
                let path = [
                    "/scheduled-searches/v1/",
                    &crate::request::path_segment(&self.id),
                ]
                    .concat();
                let request = client.request(reqwest::Method::DELETE, &path);
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`ScheduledSearchApi::unsubscribe_scheduled_search_v1`](ScheduledSearchApi::unsubscribe_scheduled_search_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_403_404`](crate::apis::errors::Errors400_403_404).
pub type UnsubscribeScheduledSearchV1Error = crate::apis::errors::Errors400_403_404;

/// The request of [`ScheduledSearchApi::unsubscribe_scheduled_search_v1`](ScheduledSearchApi::unsubscribe_scheduled_search_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UnsubscribeScheduledSearchV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    scheduled_search_typedreference: models::ScheduledSearchTypedreference,
}

impl UnsubscribeScheduledSearchV1 {
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

    /// Sends the request: `POST /scheduled-searches/v1/{id}/unsubscribe`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<(), crate::SdkError<UnsubscribeScheduledSearchV1Error>>,
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
            crate::SdkError<UnsubscribeScheduledSearchV1Error>,
        >,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "unsubscribeScheduledSearchV1",
            self.options,
            move |client| {
                let path = [
                    "/scheduled-searches/v1/",
                    &crate::request::path_segment(&self.id),
                    "/unsubscribe",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                {
                    let value = &self.scheduled_search_typedreference;
                    request = crate::request::with_json(
                        "unsubscribeScheduledSearchV1",
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
