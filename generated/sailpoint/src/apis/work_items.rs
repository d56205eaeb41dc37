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
    /// `GET /work-items/v1` (`listWorkItemsV1`)
    #[inline]
    pub fn list_work_items_v1(&self) -> ListWorkItemsV1 {
        ListWorkItemsV1 {
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
    /// `GET /work-items/v1/completed` (`getCompletedWorkItemsV1`)
    #[inline]
    pub fn get_completed_work_items_v1(&self) -> GetCompletedWorkItemsV1 {
        GetCompletedWorkItemsV1 {
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
    /// `GET /work-items/v1/count` (`getCountWorkItemsV1`)
    #[inline]
    pub fn get_count_work_items_v1(&self) -> GetCountWorkItemsV1 {
        GetCountWorkItemsV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            owner_id: None,
        }
    }

    /// Count completed work items
    ///
    /// This gets a count of completed work items belonging to either the specified user(admin required), or the current user.
    ///
    /// `GET /work-items/v1/completed/count` (`getCountCompletedWorkItemsV1`)
    #[inline]
    pub fn get_count_completed_work_items_v1(&self) -> GetCountCompletedWorkItemsV1 {
        GetCountCompletedWorkItemsV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            owner_id: None,
        }
    }

    /// Work items summary
    ///
    /// This gets a summary of work items belonging to either the specified user(admin required), or the current user.
    ///
    /// `GET /work-items/v1/summary` (`getWorkItemsSummaryV1`)
    #[inline]
    pub fn get_work_items_summary_v1(&self) -> GetWorkItemsSummaryV1 {
        GetWorkItemsSummaryV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            owner_id: None,
        }
    }

    /// Get a work item
    ///
    /// This gets the details of a Work Item belonging to either the specified user(admin required), or the current user.
    ///
    /// `GET /work-items/v1/{id}` (`getWorkItemV1`)
    #[inline]
    pub fn get_work_item_v1(&self, id: impl Into<String>) -> GetWorkItemV1 {
        GetWorkItemV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Complete a work item
    ///
    /// This API completes a work item. Either an admin, or the owning/current user must make this request.
    ///
    /// `POST /work-items/v1/{id}` (`completeWorkItemV1`)
    #[inline]
    pub fn complete_work_item_v1(&self, id: impl Into<String>) -> CompleteWorkItemV1 {
        CompleteWorkItemV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            body: None,
        }
    }

    /// Approve an approval item
    ///
    /// This API approves an Approval Item. Either an admin, or the owning/current user must make this request.
    ///
    /// `POST /work-items/v1/{id}/approve/{approvalItemId}` (`approveApprovalItemV1`)
    #[inline]
    pub fn approve_approval_item_v1(
        &self,
        id: impl Into<String>,
        approval_item_id: impl Into<String>,
    ) -> ApproveApprovalItemV1 {
        ApproveApprovalItemV1 {
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
    /// `POST /work-items/v1/{id}/reject/{approvalItemId}` (`rejectApprovalItemV1`)
    #[inline]
    pub fn reject_approval_item_v1(
        &self,
        id: impl Into<String>,
        approval_item_id: impl Into<String>,
    ) -> RejectApprovalItemV1 {
        RejectApprovalItemV1 {
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
    /// `POST /work-items/v1/bulk-approve/{id}` (`approveApprovalItemsInBulkV1`)
    #[inline]
    pub fn approve_approval_items_in_bulk_v1(
        &self,
        id: impl Into<String>,
    ) -> ApproveApprovalItemsInBulkV1 {
        ApproveApprovalItemsInBulkV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Bulk reject approval items
    ///
    /// This API bulk rejects Approval Items. Either an admin, or the owning/current user must make this request.
    ///
    /// `POST /work-items/v1/bulk-reject/{id}` (`rejectApprovalItemsInBulkV1`)
    #[inline]
    pub fn reject_approval_items_in_bulk_v1(
        &self,
        id: impl Into<String>,
    ) -> RejectApprovalItemsInBulkV1 {
        RejectApprovalItemsInBulkV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Submit account selections
    ///
    /// This API submits account selections. Either an admin, or the owning/current user must make this request.
    ///
    /// `POST /work-items/v1/{id}/submit-account-selection` (`submitAccountSelectionV1`)
    #[inline]
    pub fn submit_account_selection_v1(
        &self,
        id: impl Into<String>,
        body: serde_json::Map<String, serde_json::Value>,
    ) -> SubmitAccountSelectionV1 {
        SubmitAccountSelectionV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            body,
        }
    }

    /// Forward a work item
    ///
    /// This API forwards a work item to a new owner. Either an admin, or the owning/current user must make this request.
    ///
    /// `POST /work-items/v1/{id}/forward` (`forwardWorkItemV1`)
    #[inline]
    pub fn forward_work_item_v1(
        &self,
        id: impl Into<String>,
        workitemforward: models::Workitemforward,
    ) -> ForwardWorkItemV1 {
        ForwardWorkItemV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            workitemforward,
        }
    }
}

/// The error statuses of [`WorkItemsApi::list_work_items_v1`](WorkItemsApi::list_work_items_v1), each with the body the spec declares:
///
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors401_403_404_429_500`](crate::apis::errors::Errors401_403_404_429_500).
pub type ListWorkItemsV1Error = crate::apis::errors::Errors401_403_404_429_500;

/// The request of [`WorkItemsApi::list_work_items_v1`](WorkItemsApi::list_work_items_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListWorkItemsV1 {
    client: crate::Client,
    options: crate::request::Options,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    owner_id: Option<String>,
    listing: crate::pagination::Listing,
}

impl ListWorkItemsV1 {
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

    /// Sends the request: `GET /work-items/v1`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<Vec<models::Workitems>, crate::SdkError<ListWorkItemsV1Error>>,
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
            crate::Page<models::Workitems>,
            crate::SdkError<ListWorkItemsV1Error>,
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
        Item = Result<models::Workitems, crate::SdkError<ListWorkItemsV1Error>>,
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
            crate::Response<Vec<models::Workitems>>,
            crate::SdkError<ListWorkItemsV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "listWorkItemsV1",
            self.options,
            move |client| {
                let path = "/work-items/v1";
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

/// The error statuses of [`WorkItemsApi::get_completed_work_items_v1`](WorkItemsApi::get_completed_work_items_v1), each with the body the spec declares:
///
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors401_403_404_429_500`](crate::apis::errors::Errors401_403_404_429_500).
pub type GetCompletedWorkItemsV1Error = crate::apis::errors::Errors401_403_404_429_500;

/// The request of [`WorkItemsApi::get_completed_work_items_v1`](WorkItemsApi::get_completed_work_items_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetCompletedWorkItemsV1 {
    client: crate::Client,
    options: crate::request::Options,
    owner_id: Option<String>,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    listing: crate::pagination::Listing,
}

impl GetCompletedWorkItemsV1 {
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

    /// Sends the request: `GET /work-items/v1/completed`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Workitems>,
            crate::SdkError<GetCompletedWorkItemsV1Error>,
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
            crate::Page<models::Workitems>,
            crate::SdkError<GetCompletedWorkItemsV1Error>,
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
        Item = Result<models::Workitems, crate::SdkError<GetCompletedWorkItemsV1Error>>,
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
            crate::Response<Vec<models::Workitems>>,
            crate::SdkError<GetCompletedWorkItemsV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getCompletedWorkItemsV1",
            self.options,
            move |client| {
                let path = "/work-items/v1/completed";
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

/// The error statuses of [`WorkItemsApi::get_count_work_items_v1`](WorkItemsApi::get_count_work_items_v1), each with the body the spec declares:
///
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors401_403_404_429_500`](crate::apis::errors::Errors401_403_404_429_500).
pub type GetCountWorkItemsV1Error = crate::apis::errors::Errors401_403_404_429_500;

/// The request of [`WorkItemsApi::get_count_work_items_v1`](WorkItemsApi::get_count_work_items_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetCountWorkItemsV1 {
    client: crate::Client,
    options: crate::request::Options,
    owner_id: Option<String>,
}

impl GetCountWorkItemsV1 {
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

    /// Sends the request: `GET /work-items/v1/count`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Workitemscount,
            crate::SdkError<GetCountWorkItemsV1Error>,
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
            crate::Response<models::Workitemscount>,
            crate::SdkError<GetCountWorkItemsV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getCountWorkItemsV1",
            self.options,
            move |client| {
                let path = "/work-items/v1/count";
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

/// The error statuses of [`WorkItemsApi::get_count_completed_work_items_v1`](WorkItemsApi::get_count_completed_work_items_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_403_404`](crate::apis::errors::Errors400_403_404).
pub type GetCountCompletedWorkItemsV1Error = crate::apis::errors::Errors400_403_404;

/// The request of [`WorkItemsApi::get_count_completed_work_items_v1`](WorkItemsApi::get_count_completed_work_items_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetCountCompletedWorkItemsV1 {
    client: crate::Client,
    options: crate::request::Options,
    owner_id: Option<String>,
}

impl GetCountCompletedWorkItemsV1 {
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

    /// Sends the request: `GET /work-items/v1/completed/count`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Workitemscount,
            crate::SdkError<GetCountCompletedWorkItemsV1Error>,
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
            crate::Response<models::Workitemscount>,
            crate::SdkError<GetCountCompletedWorkItemsV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getCountCompletedWorkItemsV1",
            self.options,
            move |client| {
                let path = "/work-items/v1/completed/count";
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

/// The error statuses of [`WorkItemsApi::get_work_items_summary_v1`](WorkItemsApi::get_work_items_summary_v1), each with the body the spec declares:
///
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors401_403_404_429_500`](crate::apis::errors::Errors401_403_404_429_500).
pub type GetWorkItemsSummaryV1Error = crate::apis::errors::Errors401_403_404_429_500;

/// The request of [`WorkItemsApi::get_work_items_summary_v1`](WorkItemsApi::get_work_items_summary_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetWorkItemsSummaryV1 {
    client: crate::Client,
    options: crate::request::Options,
    owner_id: Option<String>,
}

impl GetWorkItemsSummaryV1 {
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

    /// Sends the request: `GET /work-items/v1/summary`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Workitemssummary,
            crate::SdkError<GetWorkItemsSummaryV1Error>,
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
            crate::Response<models::Workitemssummary>,
            crate::SdkError<GetWorkItemsSummaryV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getWorkItemsSummaryV1",
            self.options,
            move |client| {
                let path = "/work-items/v1/summary";
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

/// The error statuses of [`WorkItemsApi::get_work_item_v1`](WorkItemsApi::get_work_item_v1), each with the body the spec declares:
///
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors401_403_404_429_500`](crate::apis::errors::Errors401_403_404_429_500).
pub type GetWorkItemV1Error = crate::apis::errors::Errors401_403_404_429_500;

/// The request of [`WorkItemsApi::get_work_item_v1`](WorkItemsApi::get_work_item_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetWorkItemV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl GetWorkItemV1 {
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

    /// Sends the request: `GET /work-items/v1/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::Workitems, crate::SdkError<GetWorkItemV1Error>>,
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
            crate::Response<models::Workitems>,
            crate::SdkError<GetWorkItemV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getWorkItemV1",
            self.options,
            move |client| {
                let path = ["/work-items/v1/", &crate::request::path_segment(&self.id)]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`WorkItemsApi::complete_work_item_v1`](WorkItemsApi::complete_work_item_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type CompleteWorkItemV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`WorkItemsApi::complete_work_item_v1`](WorkItemsApi::complete_work_item_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CompleteWorkItemV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    body: Option<String>,
}

impl CompleteWorkItemV1 {
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

    /// Sends the request: `POST /work-items/v1/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::Workitems, crate::SdkError<CompleteWorkItemV1Error>>,
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
            crate::Response<models::Workitems>,
            crate::SdkError<CompleteWorkItemV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "completeWorkItemV1",
            self.options,
            move |client| {
                let path = ["/work-items/v1/", &crate::request::path_segment(&self.id)]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                if let Some(value) = &self.body {
                    request = crate::request::with_json(
                        "completeWorkItemV1",
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

/// The error statuses of [`WorkItemsApi::approve_approval_item_v1`](WorkItemsApi::approve_approval_item_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type ApproveApprovalItemV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`WorkItemsApi::approve_approval_item_v1`](WorkItemsApi::approve_approval_item_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ApproveApprovalItemV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    approval_item_id: String,
}

impl ApproveApprovalItemV1 {
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

    /// Sends the request: `POST /work-items/v1/{id}/approve/{approvalItemId}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::Workitems, crate::SdkError<ApproveApprovalItemV1Error>>,
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
            crate::Response<models::Workitems>,
            crate::SdkError<ApproveApprovalItemV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "approveApprovalItemV1",
            self.options,
            move |client| {
                let path = [
                    "/work-items/v1/",
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

/// The error statuses of [`WorkItemsApi::reject_approval_item_v1`](WorkItemsApi::reject_approval_item_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type RejectApprovalItemV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`WorkItemsApi::reject_approval_item_v1`](WorkItemsApi::reject_approval_item_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct RejectApprovalItemV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    approval_item_id: String,
}

impl RejectApprovalItemV1 {
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

    /// Sends the request: `POST /work-items/v1/{id}/reject/{approvalItemId}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::Workitems, crate::SdkError<RejectApprovalItemV1Error>>,
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
            crate::Response<models::Workitems>,
            crate::SdkError<RejectApprovalItemV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "rejectApprovalItemV1",
            self.options,
            move |client| {
                let path = [
                    "/work-items/v1/",
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

/// The error statuses of [`WorkItemsApi::approve_approval_items_in_bulk_v1`](WorkItemsApi::approve_approval_items_in_bulk_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type ApproveApprovalItemsInBulkV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`WorkItemsApi::approve_approval_items_in_bulk_v1`](WorkItemsApi::approve_approval_items_in_bulk_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ApproveApprovalItemsInBulkV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl ApproveApprovalItemsInBulkV1 {
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

    /// Sends the request: `POST /work-items/v1/bulk-approve/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Workitems,
            crate::SdkError<ApproveApprovalItemsInBulkV1Error>,
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
            crate::Response<models::Workitems>,
            crate::SdkError<ApproveApprovalItemsInBulkV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "approveApprovalItemsInBulkV1",
            self.options,
            move |client| {
                let path = [
                    "/work-items/v1/bulk-approve/",
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

/// The error statuses of [`WorkItemsApi::reject_approval_items_in_bulk_v1`](WorkItemsApi::reject_approval_items_in_bulk_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type RejectApprovalItemsInBulkV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`WorkItemsApi::reject_approval_items_in_bulk_v1`](WorkItemsApi::reject_approval_items_in_bulk_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct RejectApprovalItemsInBulkV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl RejectApprovalItemsInBulkV1 {
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

    /// Sends the request: `POST /work-items/v1/bulk-reject/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Workitems,
            crate::SdkError<RejectApprovalItemsInBulkV1Error>,
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
            crate::Response<models::Workitems>,
            crate::SdkError<RejectApprovalItemsInBulkV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "rejectApprovalItemsInBulkV1",
            self.options,
            move |client| {
                let path = [
                    "/work-items/v1/bulk-reject/",
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

/// The error statuses of [`WorkItemsApi::submit_account_selection_v1`](WorkItemsApi::submit_account_selection_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type SubmitAccountSelectionV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`WorkItemsApi::submit_account_selection_v1`](WorkItemsApi::submit_account_selection_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SubmitAccountSelectionV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    body: serde_json::Map<String, serde_json::Value>,
}

impl SubmitAccountSelectionV1 {
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

    /// Sends the request: `POST /work-items/v1/{id}/submit-account-selection`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Workitems,
            crate::SdkError<SubmitAccountSelectionV1Error>,
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
            crate::Response<models::Workitems>,
            crate::SdkError<SubmitAccountSelectionV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "submitAccountSelectionV1",
            self.options,
            move |client| {
                let path = [
                    "/work-items/v1/",
                    &crate::request::path_segment(&self.id),
                    "/submit-account-selection",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.body;
                    request = crate::request::with_json(
                        "submitAccountSelectionV1",
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

/// The error statuses of [`WorkItemsApi::forward_work_item_v1`](WorkItemsApi::forward_work_item_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type ForwardWorkItemV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`WorkItemsApi::forward_work_item_v1`](WorkItemsApi::forward_work_item_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ForwardWorkItemV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    workitemforward: models::Workitemforward,
}

impl ForwardWorkItemV1 {
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

    /// Sends the request: `POST /work-items/v1/{id}/forward`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<(), crate::SdkError<ForwardWorkItemV1Error>>> {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<crate::Response<()>, crate::SdkError<ForwardWorkItemV1Error>>,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "forwardWorkItemV1",
            self.options,
            move |client| {
                let path = [
                    "/work-items/v1/",
                    &crate::request::path_segment(&self.id),
                    "/forward",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                {
                    let value = &self.workitemforward;
                    request = crate::request::with_json(
                        "forwardWorkItemV1",
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
