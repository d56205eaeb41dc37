//! The Task Management API.

use crate::models;

/// The Task Management operations: get them from [`Client::task_management`](crate::Client::task_management).
#[derive(Debug, Clone, Copy)]
pub struct TaskManagementApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Task Management operations.
    #[inline]
    pub fn task_management(&self) -> TaskManagementApi<'_> {
        TaskManagementApi { client: self }
    }
}

impl<'a> TaskManagementApi<'a> {
    /// Get task status by id
    ///
    /// Get task status by task ID. Types of tasks include account and entitlement aggregation and other general background processing tasks.  Data for tasks older than 90 days will not be returned.
    ///
    /// `GET /task-status/v1/{id}` (`getTaskStatusV1`)
    #[inline]
    pub fn get_task_status_v1(&self, id: impl Into<String>) -> GetTaskStatusV1 {
        GetTaskStatusV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Update task status by id
    ///
    /// Update a current task status by task ID. Use this API to clear a pending task by updating the completionStatus and completed attributes.
    ///
    /// `PATCH /task-status/v1/{id}` (`updateTaskStatusV1`)
    #[inline]
    pub fn update_task_status_v1(
        &self,
        id: impl Into<String>,
        jsonpatchoperation: Vec<models::Jsonpatchoperation>,
    ) -> UpdateTaskStatusV1 {
        UpdateTaskStatusV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            jsonpatchoperation,
        }
    }

    /// Retrieve task status list
    ///
    /// Use this endpoint to get a list of statuses for **all** tasks, including completed, in-progress, terminated, and errored tasks. Types of tasks include account and entitlement aggregation and other general background processing tasks. Data for tasks older than 90 days will not be returned. For a list of **in-progress** tasks, apply the isnull filter to the Completion Status field.
    ///
    /// `GET /task-status/v1` (`getTaskStatusListV1`)
    #[inline]
    pub fn get_task_status_list_v1(&self) -> GetTaskStatusListV1 {
        GetTaskStatusListV1 {
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
}

/// The error statuses of [`TaskManagementApi::get_task_status_v1`](TaskManagementApi::get_task_status_v1), each with the body the spec declares.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetTaskStatusV1Error {
    /// 400: Client Error - Returned if the request body is invalid.
    BadRequest(models::Errorresponsedto),
    /// 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
    Unauthorized(models::Error401Response),
    /// 403: Forbidden, generally due to a lack of security rights
    Forbidden,
    /// 404: TaskStatus with the given id was not found.
    NotFound,
    /// 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
    TooManyRequests(models::Error429Response),
    /// 500: Internal Server Error - Returned if there is an unexpected error.
    InternalServerError(models::Errorresponsedto),
    /// A status the spec does not declare here, an empty body or one that is not JSON: see the raw response in [`crate::ServiceError`].
    Other,
}

impl crate::OperationError for GetTaskStatusV1Error {
    fn decode(status: u16, body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        let empty = body.trim_ascii().is_empty();
        Ok(
            match status {
                400 if !empty => {
                    GetTaskStatusV1Error::BadRequest(crate::request::decode_body(body)?)
                }
                401 if !empty => {
                    GetTaskStatusV1Error::Unauthorized(
                        crate::request::decode_body(body)?,
                    )
                }
                403 => GetTaskStatusV1Error::Forbidden,
                404 => GetTaskStatusV1Error::NotFound,
                429 if !empty => {
                    GetTaskStatusV1Error::TooManyRequests(
                        crate::request::decode_body(body)?,
                    )
                }
                500 if !empty => {
                    GetTaskStatusV1Error::InternalServerError(
                        crate::request::decode_body(body)?,
                    )
                }
                _ => GetTaskStatusV1Error::Other,
            },
        )
    }

    fn undeclared() -> Self {
        GetTaskStatusV1Error::Other
    }
}

/// The request of [`TaskManagementApi::get_task_status_v1`](TaskManagementApi::get_task_status_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetTaskStatusV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl GetTaskStatusV1 {
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

    /// Sends the request: `GET /task-status/v1/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::TaskManagementTaskstatus,
            crate::SdkError<GetTaskStatusV1Error>,
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
            crate::Response<models::TaskManagementTaskstatus>,
            crate::SdkError<GetTaskStatusV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getTaskStatusV1",
            self.options,
            move |client| {
                let path = ["/task-status/v1/", &crate::request::path_segment(&self.id)]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`TaskManagementApi::update_task_status_v1`](TaskManagementApi::update_task_status_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type UpdateTaskStatusV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`TaskManagementApi::update_task_status_v1`](TaskManagementApi::update_task_status_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateTaskStatusV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    jsonpatchoperation: Vec<models::Jsonpatchoperation>,
}

impl UpdateTaskStatusV1 {
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

    /// Sends the request: `PATCH /task-status/v1/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::TaskManagementTaskstatus,
            crate::SdkError<UpdateTaskStatusV1Error>,
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
            crate::Response<models::TaskManagementTaskstatus>,
            crate::SdkError<UpdateTaskStatusV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "updateTaskStatusV1",
            self.options,
            move |client| {
                let path = ["/task-status/v1/", &crate::request::path_segment(&self.id)]
                    .concat();
                let mut request = client.request(reqwest::Method::PATCH, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.jsonpatchoperation;
                    request = crate::request::with_json(
                        "updateTaskStatusV1",
                        request,
                        "application/json-patch+json",
                        &value,
                    )?;
                }
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`TaskManagementApi::get_task_status_list_v1`](TaskManagementApi::get_task_status_list_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetTaskStatusListV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`TaskManagementApi::get_task_status_list_v1`](TaskManagementApi::get_task_status_list_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetTaskStatusListV1 {
    client: crate::Client,
    options: crate::request::Options,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    filters: Option<String>,
    sorters: Option<String>,
    listing: crate::pagination::Listing,
}

impl GetTaskStatusListV1 {
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
    /// **id**: *eq, in*
    ///
    /// **sourceId**: *eq, in*
    ///
    /// **completionStatus**: *eq, in, isnull*
    ///
    /// **type**: *eq, in*
    ///
    /// **launcher**: *eq, in*
    ///
    /// **Possible Values:** CLOUD_ACCOUNT_AGGREGATION, CLOUD_GROUP_AGGREGATION, CLOUD_PROCESS_UNCORRELATED_ACCOUNTS, CLOUD_REFRESH_ROLE, SOURCE_APPLICATION_DISCOVERY, AI_AGENT_AGGREGATION, CLOUD_ENTITLEMENT_IMPORT, CLOUD_UNCORRELATED_REFRESH, CLOUD_IDENTITY_AGGREGATION, CLOUD_ATTRIBUTE_SYNCHRONIZATION, IDENTITY_REFRESH, APPLICATION_DISCOVERY, MACHINE_IDENTITY_AGGREGATION, MACHINE_IDENTITY_DELETION, ACCOUNT_DELETION
    #[inline]
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **created**
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

    /// Sends the request: `GET /task-status/v1`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::TaskManagementTaskstatus>,
            crate::SdkError<GetTaskStatusListV1Error>,
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
            crate::Page<models::TaskManagementTaskstatus>,
            crate::SdkError<GetTaskStatusListV1Error>,
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
            models::TaskManagementTaskstatus,
            crate::SdkError<GetTaskStatusListV1Error>,
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
            crate::Response<Vec<models::TaskManagementTaskstatus>>,
            crate::SdkError<GetTaskStatusListV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getTaskStatusListV1",
            self.options,
            move |client| {
                let path = "/task-status/v1";
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
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}
