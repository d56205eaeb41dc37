//! Use this API to implement work item functionality.
//! With this functionality in place, users can manage their work items (tasks).
//!
//! Work items refer to the tasks users see in Identity Security Cloud's Task Manager.
//! They can see the pending work items they need to complete, as well as the work items they have already completed.
//! Task Manager lists the work items along with the involved sources, identities, accounts, and the timestamp when the work item was created.
//! For example, a user may see a pending 'Create an Account' work item for the identity Fred.Astaire in GitHub for Fred's GitHub account, fred-astaire-sp.
//! Once the user completes the work item, the work item will be listed with his or her other completed work items.
//!
//! To complete work items, users can use their dashboards and select the 'My Tasks' widget.
//! The widget will list any work items they need to complete, and they can select the work item from the list to review its details.
//! When they complete the work item, they can select 'Mark Complete' to add it to their list of completed work items.
//!
//! Refer to [Task Manager](https://documentation.sailpoint.com/saas/user-help/task_manager.html) for more information about work items, including the different types of work items users may need to complete.

use crate::models;

/// The Work Items operations: get them from [`Client::work_items`](crate::Client::work_items).
#[derive(Debug, Clone, Copy)]
pub struct WorkItemsApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Work Items operations.
    #[inline]
    pub fn work_items(&self) -> WorkItemsApi<'_> {
        WorkItemsApi { client: self }
    }
}

impl<'a> WorkItemsApi<'a> {
    /// List work items
    ///
    /// This gets a collection of work items belonging to either the specified user(admin required), or the current user.
    ///
    /// `GET /work-items` (`listWorkItems`)
    #[deprecated(note = "deprecated in the spec")]
    #[inline]
    pub fn list_work_items(&self) -> ListWorkItems {
        ListWorkItems {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            limit: None,
            offset: None,
            count: None,
            owner_id: None,
            listing: crate::pagination::Listing::default(),
        }
    }

    /// Completed work items
    ///
    /// This gets a collection of completed work items belonging to either the specified user(admin required), or the current user.
    ///
    /// `GET /work-items/completed` (`getCompletedWorkItems`)
    #[deprecated(note = "deprecated in the spec")]
    #[inline]
    pub fn get_completed_work_items(&self) -> GetCompletedWorkItems {
        GetCompletedWorkItems {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            owner_id: None,
            limit: None,
            offset: None,
            count: None,
            listing: crate::pagination::Listing::default(),
        }
    }

    /// Count work items
    ///
    /// This gets a count of work items belonging to either the specified user(admin required), or the current user.
    ///
    /// `GET /work-items/count` (`getCountWorkItems`)
    #[deprecated(note = "deprecated in the spec")]
    #[inline]
    pub fn get_count_work_items(&self) -> GetCountWorkItems {
        GetCountWorkItems {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            owner_id: None,
        }
    }

    /// Count completed work items
    ///
    /// This gets a count of completed work items belonging to either the specified user(admin required), or the current user.
    ///
    /// `GET /work-items/completed/count` (`getCountCompletedWorkItems`)
    #[deprecated(note = "deprecated in the spec")]
    #[inline]
    pub fn get_count_completed_work_items(&self) -> GetCountCompletedWorkItems {
        GetCountCompletedWorkItems {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            owner_id: None,
            limit: None,
            offset: None,
            listing: crate::pagination::Listing::default(),
        }
    }

    /// Work items summary
    ///
    /// This gets a summary of work items belonging to either the specified user(admin required), or the current user.
    ///
    /// `GET /work-items/summary` (`getWorkItemsSummary`)
    #[deprecated(note = "deprecated in the spec")]
    #[inline]
    pub fn get_work_items_summary(&self) -> GetWorkItemsSummary {
        GetWorkItemsSummary {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            owner_id: None,
        }
    }

    /// Get a work item
    ///
    /// This gets the details of a Work Item belonging to either the specified user(admin required), or the current user.
    ///
    /// `GET /work-items/{id}` (`getWorkItem`)
    #[deprecated(note = "deprecated in the spec")]
    #[inline]
    pub fn get_work_item(&self, id: impl Into<String>) -> GetWorkItem {
        GetWorkItem {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            owner_id: None,
        }
    }

    /// Complete a work item
    ///
    /// This API completes a work item. Either an admin, or the owning/current user must make this request.
    ///
    /// `POST /work-items/{id}` (`completeWorkItem`)
    #[deprecated(note = "deprecated in the spec")]
    #[inline]
    pub fn complete_work_item(&self, id: impl Into<String>) -> CompleteWorkItem {
        CompleteWorkItem {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            body: None,
        }
    }

    /// Forward a work item
    ///
    /// This API forwards a work item to a new owner. Either an admin, or the owning/current user must make this request.
    ///
    /// `POST /work-items/{id}/forward` (`submitForwardWorkItem`)
    #[deprecated(note = "deprecated in the spec")]
    #[inline]
    pub fn submit_forward_work_item(
        &self,
        id: impl Into<String>,
        work_item_forward: models::WorkItemForward,
    ) -> SubmitForwardWorkItem {
        SubmitForwardWorkItem {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            work_item_forward,
        }
    }

    /// Approve an approval item
    ///
    /// This API approves an Approval Item. Either an admin, or the owning/current user must make this request.
    ///
    /// `POST /work-items/{id}/approve/{approvalItemId}` (`approveApprovalItem`)
    #[deprecated(note = "deprecated in the spec")]
    #[inline]
    pub fn approve_approval_item(
        &self,
        id: impl Into<String>,
        approval_item_id: impl Into<String>,
    ) -> ApproveApprovalItem {
        ApproveApprovalItem {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            approval_item_id: approval_item_id.into(),
        }
    }

    /// Reject an approval item
    ///
    /// This API rejects an Approval Item. Either an admin, or the owning/current user must make this request.
    ///
    /// `POST /work-items/{id}/reject/{approvalItemId}` (`rejectApprovalItem`)
    #[deprecated(note = "deprecated in the spec")]
    #[inline]
    pub fn reject_approval_item(
        &self,
        id: impl Into<String>,
        approval_item_id: impl Into<String>,
    ) -> RejectApprovalItem {
        RejectApprovalItem {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            approval_item_id: approval_item_id.into(),
        }
    }

    /// Bulk approve approval items
    ///
    /// This API bulk approves Approval Items. Either an admin, or the owning/current user must make this request.
    ///
    /// `POST /work-items/bulk-approve/{id}` (`approveApprovalItemsInBulk`)
    #[deprecated(note = "deprecated in the spec")]
    #[inline]
    pub fn approve_approval_items_in_bulk(
        &self,
        id: impl Into<String>,
    ) -> ApproveApprovalItemsInBulk {
        ApproveApprovalItemsInBulk {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Bulk reject approval items
    ///
    /// This API bulk rejects Approval Items. Either an admin, or the owning/current user must make this request.
    ///
    /// `POST /work-items/bulk-reject/{id}` (`rejectApprovalItemsInBulk`)
    #[deprecated(note = "deprecated in the spec")]
    #[inline]
    pub fn reject_approval_items_in_bulk(
        &self,
        id: impl Into<String>,
    ) -> RejectApprovalItemsInBulk {
        RejectApprovalItemsInBulk {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Submit account selections
    ///
    /// This API submits account selections. Either an admin, or the owning/current user must make this request.
    ///
    /// `POST /work-items/{id}/submit-account-selection` (`submitAccountSelection`)
    #[deprecated(note = "deprecated in the spec")]
    #[inline]
    pub fn submit_account_selection(
        &self,
        id: impl Into<String>,
        body: serde_json::Map<String, serde_json::Value>,
    ) -> SubmitAccountSelection {
        SubmitAccountSelection {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            body,
        }
    }
}

/// The error statuses of [`WorkItemsApi::list_work_items`](WorkItemsApi::list_work_items), each with the body the spec declares:
///
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type ListWorkItemsError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`WorkItemsApi::list_work_items`](WorkItemsApi::list_work_items): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListWorkItems {
    client: crate::Client,
    options: crate::request::Options,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    owner_id: Option<String>,
    listing: crate::pagination::Listing,
}

impl ListWorkItems {
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

    /// ID of the work item owner.
    #[inline]
    pub fn owner_id(mut self, owner_id: impl Into<String>) -> Self {
        self.owner_id = Some(owner_id.into());
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

    /// Sends the request: `GET /work-items`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<Vec<models::WorkItems>, crate::SdkError<ListWorkItemsError>>,
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
            crate::Page<models::WorkItems>,
            crate::SdkError<ListWorkItemsError>,
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
        Item = Result<models::WorkItems, crate::SdkError<ListWorkItemsError>>,
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
            crate::Response<Vec<models::WorkItems>>,
            crate::SdkError<ListWorkItemsError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "listWorkItems",
            self.options,
            move |client| {
                let path = "/work-items";
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
                if let Some(value) = &self.owner_id {
                    query.push(("ownerId", value.clone()));
                }
                request = request.query(&query);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`WorkItemsApi::get_completed_work_items`](WorkItemsApi::get_completed_work_items), each with the body the spec declares:
///
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetCompletedWorkItemsError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`WorkItemsApi::get_completed_work_items`](WorkItemsApi::get_completed_work_items): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetCompletedWorkItems {
    client: crate::Client,
    options: crate::request::Options,
    owner_id: Option<String>,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    listing: crate::pagination::Listing,
}

impl GetCompletedWorkItems {
    /// The id of the owner of the work item list being requested.  Either an admin, or the owning/current user must make this request.
    #[inline]
    pub fn owner_id(mut self, owner_id: impl Into<String>) -> Self {
        self.owner_id = Some(owner_id.into());
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

    /// Sends the request: `GET /work-items/completed`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::WorkItems>,
            crate::SdkError<GetCompletedWorkItemsError>,
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
            crate::Page<models::WorkItems>,
            crate::SdkError<GetCompletedWorkItemsError>,
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
        Item = Result<models::WorkItems, crate::SdkError<GetCompletedWorkItemsError>>,
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
            crate::Response<Vec<models::WorkItems>>,
            crate::SdkError<GetCompletedWorkItemsError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getCompletedWorkItems",
            self.options,
            move |client| {
                let path = "/work-items/completed";
                let mut request = client.request(reqwest::Method::GET, path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.owner_id {
                    query.push(("ownerId", value.clone()));
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

/// The error statuses of [`WorkItemsApi::get_count_work_items`](WorkItemsApi::get_count_work_items), each with the body the spec declares:
///
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetCountWorkItemsError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`WorkItemsApi::get_count_work_items`](WorkItemsApi::get_count_work_items): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetCountWorkItems {
    client: crate::Client,
    options: crate::request::Options,
    owner_id: Option<String>,
}

impl GetCountWorkItems {
    /// ID of the work item owner.
    #[inline]
    pub fn owner_id(mut self, owner_id: impl Into<String>) -> Self {
        self.owner_id = Some(owner_id.into());
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

    /// Sends the request: `GET /work-items/count`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::WorkItemsCount, crate::SdkError<GetCountWorkItemsError>>,
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
            crate::Response<models::WorkItemsCount>,
            crate::SdkError<GetCountWorkItemsError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getCountWorkItems",
            self.options,
            move |client| {
                let path = "/work-items/count";
                let mut request = client.request(reqwest::Method::GET, path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.owner_id {
                    query.push(("ownerId", value.clone()));
                }
                request = request.query(&query);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`WorkItemsApi::get_count_completed_work_items`](WorkItemsApi::get_count_completed_work_items), each with the body the spec declares:
///
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetCountCompletedWorkItemsError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`WorkItemsApi::get_count_completed_work_items`](WorkItemsApi::get_count_completed_work_items): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetCountCompletedWorkItems {
    client: crate::Client,
    options: crate::request::Options,
    owner_id: Option<String>,
    limit: Option<i32>,
    offset: Option<i32>,
    listing: crate::pagination::Listing,
}

impl GetCountCompletedWorkItems {
    /// ID of the work item owner.
    #[inline]
    pub fn owner_id(mut self, owner_id: impl Into<String>) -> Self {
        self.owner_id = Some(owner_id.into());
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

    /// Offset into the full result set. Usually specified with *limit* to paginate through the results.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `0`.
    #[inline]
    pub fn offset(mut self, offset: i32) -> Self {
        self.offset = Some(offset);
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

    /// Sends the request: `GET /work-items/completed/count`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::WorkItemsCount>,
            crate::SdkError<GetCountCompletedWorkItemsError>,
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
            crate::Page<models::WorkItemsCount>,
            crate::SdkError<GetCountCompletedWorkItemsError>,
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
            models::WorkItemsCount,
            crate::SdkError<GetCountCompletedWorkItemsError>,
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
            crate::Response<Vec<models::WorkItemsCount>>,
            crate::SdkError<GetCountCompletedWorkItemsError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getCountCompletedWorkItems",
            self.options,
            move |client| {
                let path = "/work-items/completed/count";
                let mut request = client.request(reqwest::Method::GET, path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.owner_id {
                    query.push(("ownerId", value.clone()));
                }
                if let Some(value) = &self.limit {
                    query.push(("limit", value.to_string()));
                }
                if let Some(value) = &self.offset {
                    query.push(("offset", value.to_string()));
                }
                request = request.query(&query);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`WorkItemsApi::get_work_items_summary`](WorkItemsApi::get_work_items_summary), each with the body the spec declares:
///
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetWorkItemsSummaryError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`WorkItemsApi::get_work_items_summary`](WorkItemsApi::get_work_items_summary): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetWorkItemsSummary {
    client: crate::Client,
    options: crate::request::Options,
    owner_id: Option<String>,
}

impl GetWorkItemsSummary {
    /// ID of the work item owner.
    #[inline]
    pub fn owner_id(mut self, owner_id: impl Into<String>) -> Self {
        self.owner_id = Some(owner_id.into());
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

    /// Sends the request: `GET /work-items/summary`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::WorkItemsSummary,
            crate::SdkError<GetWorkItemsSummaryError>,
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
            crate::Response<models::WorkItemsSummary>,
            crate::SdkError<GetWorkItemsSummaryError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getWorkItemsSummary",
            self.options,
            move |client| {
                let path = "/work-items/summary";
                let mut request = client.request(reqwest::Method::GET, path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.owner_id {
                    query.push(("ownerId", value.clone()));
                }
                request = request.query(&query);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`WorkItemsApi::get_work_item`](WorkItemsApi::get_work_item), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetWorkItemError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`WorkItemsApi::get_work_item`](WorkItemsApi::get_work_item): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetWorkItem {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    owner_id: Option<String>,
}

impl GetWorkItem {
    /// ID of the work item owner.
    #[inline]
    pub fn owner_id(mut self, owner_id: impl Into<String>) -> Self {
        self.owner_id = Some(owner_id.into());
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

    /// Sends the request: `GET /work-items/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<Vec<models::WorkItems>, crate::SdkError<GetWorkItemError>>,
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
            crate::Response<Vec<models::WorkItems>>,
            crate::SdkError<GetWorkItemError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getWorkItem",
            self.options,
            move |client| {
                let path = ["/work-items/", &crate::request::path_segment(&self.id)]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.owner_id {
                    query.push(("ownerId", value.clone()));
                }
                request = request.query(&query);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`WorkItemsApi::complete_work_item`](WorkItemsApi::complete_work_item), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type CompleteWorkItemError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`WorkItemsApi::complete_work_item`](WorkItemsApi::complete_work_item): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CompleteWorkItem {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    body: Option<String>,
}

impl CompleteWorkItem {
    /// Body is the request payload to create form definition request
    #[inline]
    pub fn body(mut self, body: impl Into<String>) -> Self {
        self.body = Some(body.into());
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

    /// Sends the request: `POST /work-items/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::WorkItems, crate::SdkError<CompleteWorkItemError>>,
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
            crate::Response<models::WorkItems>,
            crate::SdkError<CompleteWorkItemError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "completeWorkItem",
            self.options,
            move |client| {
                let path = ["/work-items/", &crate::request::path_segment(&self.id)]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                if let Some(value) = &self.body {
                    request = crate::request::with_json(
                        "completeWorkItem",
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

/// The error statuses of [`WorkItemsApi::submit_forward_work_item`](WorkItemsApi::submit_forward_work_item), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type SubmitForwardWorkItemError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`WorkItemsApi::submit_forward_work_item`](WorkItemsApi::submit_forward_work_item): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SubmitForwardWorkItem {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    work_item_forward: models::WorkItemForward,
}

impl SubmitForwardWorkItem {
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

    /// Sends the request: `POST /work-items/{id}/forward`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<(), crate::SdkError<SubmitForwardWorkItemError>>> {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<crate::Response<()>, crate::SdkError<SubmitForwardWorkItemError>>,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "submitForwardWorkItem",
            self.options,
            move |client| {
                let path = [
                    "/work-items/",
                    &crate::request::path_segment(&self.id),
                    "/forward",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                {
                    let value = &self.work_item_forward;
                    request = crate::request::with_json(
                        "submitForwardWorkItem",
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

/// The error statuses of [`WorkItemsApi::approve_approval_item`](WorkItemsApi::approve_approval_item), each with the body the spec declares:
///
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type ApproveApprovalItemError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`WorkItemsApi::approve_approval_item`](WorkItemsApi::approve_approval_item): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ApproveApprovalItem {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    approval_item_id: String,
}

impl ApproveApprovalItem {
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

    /// Sends the request: `POST /work-items/{id}/approve/{approvalItemId}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::WorkItems, crate::SdkError<ApproveApprovalItemError>>,
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
            crate::Response<models::WorkItems>,
            crate::SdkError<ApproveApprovalItemError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "approveApprovalItem",
            self.options,
            move |client| {
                let path = [
                    "/work-items/",
                    &crate::request::path_segment(&self.id),
                    "/approve/",
                    &crate::request::path_segment(&self.approval_item_id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`WorkItemsApi::reject_approval_item`](WorkItemsApi::reject_approval_item), each with the body the spec declares:
///
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type RejectApprovalItemError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`WorkItemsApi::reject_approval_item`](WorkItemsApi::reject_approval_item): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct RejectApprovalItem {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    approval_item_id: String,
}

impl RejectApprovalItem {
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

    /// Sends the request: `POST /work-items/{id}/reject/{approvalItemId}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::WorkItems, crate::SdkError<RejectApprovalItemError>>,
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
            crate::Response<models::WorkItems>,
            crate::SdkError<RejectApprovalItemError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "rejectApprovalItem",
            self.options,
            move |client| {
                let path = [
                    "/work-items/",
                    &crate::request::path_segment(&self.id),
                    "/reject/",
                    &crate::request::path_segment(&self.approval_item_id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`WorkItemsApi::approve_approval_items_in_bulk`](WorkItemsApi::approve_approval_items_in_bulk), each with the body the spec declares:
///
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type ApproveApprovalItemsInBulkError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`WorkItemsApi::approve_approval_items_in_bulk`](WorkItemsApi::approve_approval_items_in_bulk): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ApproveApprovalItemsInBulk {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl ApproveApprovalItemsInBulk {
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

    /// Sends the request: `POST /work-items/bulk-approve/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::WorkItems,
            crate::SdkError<ApproveApprovalItemsInBulkError>,
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
            crate::Response<models::WorkItems>,
            crate::SdkError<ApproveApprovalItemsInBulkError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "approveApprovalItemsInBulk",
            self.options,
            move |client| {
                let path = [
                    "/work-items/bulk-approve/",
                    &crate::request::path_segment(&self.id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`WorkItemsApi::reject_approval_items_in_bulk`](WorkItemsApi::reject_approval_items_in_bulk), each with the body the spec declares:
///
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type RejectApprovalItemsInBulkError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`WorkItemsApi::reject_approval_items_in_bulk`](WorkItemsApi::reject_approval_items_in_bulk): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct RejectApprovalItemsInBulk {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl RejectApprovalItemsInBulk {
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

    /// Sends the request: `POST /work-items/bulk-reject/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::WorkItems,
            crate::SdkError<RejectApprovalItemsInBulkError>,
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
            crate::Response<models::WorkItems>,
            crate::SdkError<RejectApprovalItemsInBulkError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "rejectApprovalItemsInBulk",
            self.options,
            move |client| {
                let path = [
                    "/work-items/bulk-reject/",
                    &crate::request::path_segment(&self.id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`WorkItemsApi::submit_account_selection`](WorkItemsApi::submit_account_selection), each with the body the spec declares:
///
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type SubmitAccountSelectionError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`WorkItemsApi::submit_account_selection`](WorkItemsApi::submit_account_selection): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SubmitAccountSelection {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    body: serde_json::Map<String, serde_json::Value>,
}

impl SubmitAccountSelection {
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

    /// Sends the request: `POST /work-items/{id}/submit-account-selection`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::WorkItems, crate::SdkError<SubmitAccountSelectionError>>,
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
            crate::Response<models::WorkItems>,
            crate::SdkError<SubmitAccountSelectionError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "submitAccountSelection",
            self.options,
            move |client| {
                let path = [
                    "/work-items/",
                    &crate::request::path_segment(&self.id),
                    "/submit-account-selection",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.body;
                    request = crate::request::with_json(
                        "submitAccountSelection",
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
