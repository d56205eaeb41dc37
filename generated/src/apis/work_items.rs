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
    pub fn list_work_items(&self) -> ListWorkItems<'a> {
        ListWorkItems {
            client: self.client,
            limit: None,
            offset: None,
            count: None,
            owner_id: None,
        }
    }

    /// Completed work items
    ///
    /// This gets a collection of completed work items belonging to either the specified user(admin required), or the current user.
    ///
    /// `GET /work-items/completed` (`getCompletedWorkItems`)
    #[deprecated(note = "deprecated in the spec")]
    pub fn get_completed_work_items(&self) -> GetCompletedWorkItems<'a> {
        GetCompletedWorkItems {
            client: self.client,
            owner_id: None,
            limit: None,
            offset: None,
            count: None,
        }
    }

    /// Count work items
    ///
    /// This gets a count of work items belonging to either the specified user(admin required), or the current user.
    ///
    /// `GET /work-items/count` (`getCountWorkItems`)
    #[deprecated(note = "deprecated in the spec")]
    pub fn get_count_work_items(&self) -> GetCountWorkItems<'a> {
        GetCountWorkItems {
            client: self.client,
            owner_id: None,
        }
    }

    /// Count completed work items
    ///
    /// This gets a count of completed work items belonging to either the specified user(admin required), or the current user.
    ///
    /// `GET /work-items/completed/count` (`getCountCompletedWorkItems`)
    #[deprecated(note = "deprecated in the spec")]
    pub fn get_count_completed_work_items(&self) -> GetCountCompletedWorkItems<'a> {
        GetCountCompletedWorkItems {
            client: self.client,
            owner_id: None,
            limit: None,
            offset: None,
        }
    }

    /// Work items summary
    ///
    /// This gets a summary of work items belonging to either the specified user(admin required), or the current user.
    ///
    /// `GET /work-items/summary` (`getWorkItemsSummary`)
    #[deprecated(note = "deprecated in the spec")]
    pub fn get_work_items_summary(&self) -> GetWorkItemsSummary<'a> {
        GetWorkItemsSummary {
            client: self.client,
            owner_id: None,
        }
    }

    /// Get a work item
    ///
    /// This gets the details of a Work Item belonging to either the specified user(admin required), or the current user.
    ///
    /// `GET /work-items/{id}` (`getWorkItem`)
    #[deprecated(note = "deprecated in the spec")]
    pub fn get_work_item(&self, id: impl Into<String>) -> GetWorkItem<'a> {
        GetWorkItem {
            client: self.client,
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
    pub fn complete_work_item(&self, id: impl Into<String>) -> CompleteWorkItem<'a> {
        CompleteWorkItem {
            client: self.client,
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
    pub fn submit_forward_work_item(
        &self,
        id: impl Into<String>,
        work_item_forward: models::WorkItemForward,
    ) -> SubmitForwardWorkItem<'a> {
        SubmitForwardWorkItem {
            client: self.client,
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
    pub fn approve_approval_item(
        &self,
        id: impl Into<String>,
        approval_item_id: impl Into<String>,
    ) -> ApproveApprovalItem<'a> {
        ApproveApprovalItem {
            client: self.client,
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
    pub fn reject_approval_item(
        &self,
        id: impl Into<String>,
        approval_item_id: impl Into<String>,
    ) -> RejectApprovalItem<'a> {
        RejectApprovalItem {
            client: self.client,
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
    pub fn approve_approval_items_in_bulk(
        &self,
        id: impl Into<String>,
    ) -> ApproveApprovalItemsInBulk<'a> {
        ApproveApprovalItemsInBulk {
            client: self.client,
            id: id.into(),
        }
    }

    /// Bulk reject approval items
    ///
    /// This API bulk rejects Approval Items. Either an admin, or the owning/current user must make this request.
    ///
    /// `POST /work-items/bulk-reject/{id}` (`rejectApprovalItemsInBulk`)
    #[deprecated(note = "deprecated in the spec")]
    pub fn reject_approval_items_in_bulk(
        &self,
        id: impl Into<String>,
    ) -> RejectApprovalItemsInBulk<'a> {
        RejectApprovalItemsInBulk {
            client: self.client,
            id: id.into(),
        }
    }

    /// Submit account selections
    ///
    /// This API submits account selections. Either an admin, or the owning/current user must make this request.
    ///
    /// `POST /work-items/{id}/submit-account-selection` (`submitAccountSelection`)
    #[deprecated(note = "deprecated in the spec")]
    pub fn submit_account_selection(
        &self,
        id: impl Into<String>,
        body: serde_json::Map<String, serde_json::Value>,
    ) -> SubmitAccountSelection<'a> {
        SubmitAccountSelection {
            client: self.client,
            id: id.into(),
            body,
        }
    }
}

/// The request of [`WorkItemsApi::list_work_items`](WorkItemsApi::list_work_items): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListWorkItems<'a> {
    client: &'a crate::Client,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    owner_id: Option<String>,
}

impl ListWorkItems<'_> {
    /// Max number of results to return.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `250`.
    pub fn limit(mut self, limit: i32) -> Self {
        self.limit = Some(limit);
        self
    }

    /// Offset into the full result set. Usually specified with *limit* to paginate through the results.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `0`.
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
    pub fn count(mut self, count: bool) -> Self {
        self.count = Some(count);
        self
    }

    /// ID of the work item owner.
    pub fn owner_id(mut self, owner_id: impl Into<String>) -> Self {
        self.owner_id = Some(owner_id.into());
        self
    }

    /// Sends the request: `GET /work-items`.
    pub async fn send(self) -> Result<Vec<models::WorkItems>, crate::Error> {
        let path = "/work-items";
        let mut request = self.client.request(reqwest::Method::GET, path);
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
        let response = self.client.execute("listWorkItems", request).await?;
        crate::request::json("listWorkItems", response).await
    }
}

/// The request of [`WorkItemsApi::get_completed_work_items`](WorkItemsApi::get_completed_work_items): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetCompletedWorkItems<'a> {
    client: &'a crate::Client,
    owner_id: Option<String>,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
}

impl GetCompletedWorkItems<'_> {
    /// The id of the owner of the work item list being requested.  Either an admin, or the owning/current user must make this request.
    pub fn owner_id(mut self, owner_id: impl Into<String>) -> Self {
        self.owner_id = Some(owner_id.into());
        self
    }

    /// Max number of results to return.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `250`.
    pub fn limit(mut self, limit: i32) -> Self {
        self.limit = Some(limit);
        self
    }

    /// Offset into the full result set. Usually specified with *limit* to paginate through the results.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `0`.
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
    pub fn count(mut self, count: bool) -> Self {
        self.count = Some(count);
        self
    }

    /// Sends the request: `GET /work-items/completed`.
    pub async fn send(self) -> Result<Vec<models::WorkItems>, crate::Error> {
        let path = "/work-items/completed";
        let mut request = self.client.request(reqwest::Method::GET, path);
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
        let response = self.client.execute("getCompletedWorkItems", request).await?;
        crate::request::json("getCompletedWorkItems", response).await
    }
}

/// The request of [`WorkItemsApi::get_count_work_items`](WorkItemsApi::get_count_work_items): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetCountWorkItems<'a> {
    client: &'a crate::Client,
    owner_id: Option<String>,
}

impl GetCountWorkItems<'_> {
    /// ID of the work item owner.
    pub fn owner_id(mut self, owner_id: impl Into<String>) -> Self {
        self.owner_id = Some(owner_id.into());
        self
    }

    /// Sends the request: `GET /work-items/count`.
    pub async fn send(self) -> Result<models::WorkItemsCount, crate::Error> {
        let path = "/work-items/count";
        let mut request = self.client.request(reqwest::Method::GET, path);
        let mut query: Vec<(&str, String)> = Vec::new();
        if let Some(value) = &self.owner_id {
            query.push(("ownerId", value.clone()));
        }
        request = request.query(&query);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("getCountWorkItems", request).await?;
        crate::request::json("getCountWorkItems", response).await
    }
}

/// The request of [`WorkItemsApi::get_count_completed_work_items`](WorkItemsApi::get_count_completed_work_items): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetCountCompletedWorkItems<'a> {
    client: &'a crate::Client,
    owner_id: Option<String>,
    limit: Option<i32>,
    offset: Option<i32>,
}

impl GetCountCompletedWorkItems<'_> {
    /// ID of the work item owner.
    pub fn owner_id(mut self, owner_id: impl Into<String>) -> Self {
        self.owner_id = Some(owner_id.into());
        self
    }

    /// Max number of results to return.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `250`.
    pub fn limit(mut self, limit: i32) -> Self {
        self.limit = Some(limit);
        self
    }

    /// Offset into the full result set. Usually specified with *limit* to paginate through the results.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `0`.
    pub fn offset(mut self, offset: i32) -> Self {
        self.offset = Some(offset);
        self
    }

    /// Sends the request: `GET /work-items/completed/count`.
    pub async fn send(self) -> Result<Vec<models::WorkItemsCount>, crate::Error> {
        let path = "/work-items/completed/count";
        let mut request = self.client.request(reqwest::Method::GET, path);
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
        let response = self.client.execute("getCountCompletedWorkItems", request).await?;
        crate::request::json("getCountCompletedWorkItems", response).await
    }
}

/// The request of [`WorkItemsApi::get_work_items_summary`](WorkItemsApi::get_work_items_summary): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetWorkItemsSummary<'a> {
    client: &'a crate::Client,
    owner_id: Option<String>,
}

impl GetWorkItemsSummary<'_> {
    /// ID of the work item owner.
    pub fn owner_id(mut self, owner_id: impl Into<String>) -> Self {
        self.owner_id = Some(owner_id.into());
        self
    }

    /// Sends the request: `GET /work-items/summary`.
    pub async fn send(self) -> Result<models::WorkItemsSummary, crate::Error> {
        let path = "/work-items/summary";
        let mut request = self.client.request(reqwest::Method::GET, path);
        let mut query: Vec<(&str, String)> = Vec::new();
        if let Some(value) = &self.owner_id {
            query.push(("ownerId", value.clone()));
        }
        request = request.query(&query);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("getWorkItemsSummary", request).await?;
        crate::request::json("getWorkItemsSummary", response).await
    }
}

/// The request of [`WorkItemsApi::get_work_item`](WorkItemsApi::get_work_item): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetWorkItem<'a> {
    client: &'a crate::Client,
    id: String,
    owner_id: Option<String>,
}

impl GetWorkItem<'_> {
    /// ID of the work item owner.
    pub fn owner_id(mut self, owner_id: impl Into<String>) -> Self {
        self.owner_id = Some(owner_id.into());
        self
    }

    /// Sends the request: `GET /work-items/{id}`.
    pub async fn send(self) -> Result<Vec<models::WorkItems>, crate::Error> {
        let path = ["/work-items/", &crate::request::path_segment(&self.id)].concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        let mut query: Vec<(&str, String)> = Vec::new();
        if let Some(value) = &self.owner_id {
            query.push(("ownerId", value.clone()));
        }
        request = request.query(&query);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("getWorkItem", request).await?;
        crate::request::json("getWorkItem", response).await
    }
}

/// The request of [`WorkItemsApi::complete_work_item`](WorkItemsApi::complete_work_item): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CompleteWorkItem<'a> {
    client: &'a crate::Client,
    id: String,
    body: Option<String>,
}

impl CompleteWorkItem<'_> {
    /// Body is the request payload to create form definition request
    pub fn body(mut self, body: impl Into<String>) -> Self {
        self.body = Some(body.into());
        self
    }

    /// Sends the request: `POST /work-items/{id}`.
    pub async fn send(self) -> Result<models::WorkItems, crate::Error> {
        let path = ["/work-items/", &crate::request::path_segment(&self.id)].concat();
        let mut request = self.client.request(reqwest::Method::POST, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        if let Some(value) = self.body {
            request = crate::request::with_json(
                "completeWorkItem",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self.client.execute("completeWorkItem", request).await?;
        crate::request::json("completeWorkItem", response).await
    }
}

/// The request of [`WorkItemsApi::submit_forward_work_item`](WorkItemsApi::submit_forward_work_item): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SubmitForwardWorkItem<'a> {
    client: &'a crate::Client,
    id: String,
    work_item_forward: models::WorkItemForward,
}

impl SubmitForwardWorkItem<'_> {
    /// Sends the request: `POST /work-items/{id}/forward`.
    pub async fn send(self) -> Result<(), crate::Error> {
        let path = ["/work-items/", &crate::request::path_segment(&self.id), "/forward"]
            .concat();
        let mut request = self.client.request(reqwest::Method::POST, &path);
        {
            let value = self.work_item_forward;
            request = crate::request::with_json(
                "submitForwardWorkItem",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self.client.execute("submitForwardWorkItem", request).await?;
        crate::request::empty("submitForwardWorkItem", response).await
    }
}

/// The request of [`WorkItemsApi::approve_approval_item`](WorkItemsApi::approve_approval_item): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ApproveApprovalItem<'a> {
    client: &'a crate::Client,
    id: String,
    approval_item_id: String,
}

impl ApproveApprovalItem<'_> {
    /// Sends the request: `POST /work-items/{id}/approve/{approvalItemId}`.
    pub async fn send(self) -> Result<models::WorkItems, crate::Error> {
        let path = [
            "/work-items/",
            &crate::request::path_segment(&self.id),
            "/approve/",
            &crate::request::path_segment(&self.approval_item_id),
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::POST, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("approveApprovalItem", request).await?;
        crate::request::json("approveApprovalItem", response).await
    }
}

/// The request of [`WorkItemsApi::reject_approval_item`](WorkItemsApi::reject_approval_item): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct RejectApprovalItem<'a> {
    client: &'a crate::Client,
    id: String,
    approval_item_id: String,
}

impl RejectApprovalItem<'_> {
    /// Sends the request: `POST /work-items/{id}/reject/{approvalItemId}`.
    pub async fn send(self) -> Result<models::WorkItems, crate::Error> {
        let path = [
            "/work-items/",
            &crate::request::path_segment(&self.id),
            "/reject/",
            &crate::request::path_segment(&self.approval_item_id),
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::POST, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("rejectApprovalItem", request).await?;
        crate::request::json("rejectApprovalItem", response).await
    }
}

/// The request of [`WorkItemsApi::approve_approval_items_in_bulk`](WorkItemsApi::approve_approval_items_in_bulk): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ApproveApprovalItemsInBulk<'a> {
    client: &'a crate::Client,
    id: String,
}

impl ApproveApprovalItemsInBulk<'_> {
    /// Sends the request: `POST /work-items/bulk-approve/{id}`.
    pub async fn send(self) -> Result<models::WorkItems, crate::Error> {
        let path = ["/work-items/bulk-approve/", &crate::request::path_segment(&self.id)]
            .concat();
        let mut request = self.client.request(reqwest::Method::POST, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("approveApprovalItemsInBulk", request).await?;
        crate::request::json("approveApprovalItemsInBulk", response).await
    }
}

/// The request of [`WorkItemsApi::reject_approval_items_in_bulk`](WorkItemsApi::reject_approval_items_in_bulk): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct RejectApprovalItemsInBulk<'a> {
    client: &'a crate::Client,
    id: String,
}

impl RejectApprovalItemsInBulk<'_> {
    /// Sends the request: `POST /work-items/bulk-reject/{id}`.
    pub async fn send(self) -> Result<models::WorkItems, crate::Error> {
        let path = ["/work-items/bulk-reject/", &crate::request::path_segment(&self.id)]
            .concat();
        let mut request = self.client.request(reqwest::Method::POST, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("rejectApprovalItemsInBulk", request).await?;
        crate::request::json("rejectApprovalItemsInBulk", response).await
    }
}

/// The request of [`WorkItemsApi::submit_account_selection`](WorkItemsApi::submit_account_selection): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SubmitAccountSelection<'a> {
    client: &'a crate::Client,
    id: String,
    body: serde_json::Map<String, serde_json::Value>,
}

impl SubmitAccountSelection<'_> {
    /// Sends the request: `POST /work-items/{id}/submit-account-selection`.
    pub async fn send(self) -> Result<models::WorkItems, crate::Error> {
        let path = [
            "/work-items/",
            &crate::request::path_segment(&self.id),
            "/submit-account-selection",
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::POST, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.body;
            request = crate::request::with_json(
                "submitAccountSelection",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self.client.execute("submitAccountSelection", request).await?;
        crate::request::json("submitAccountSelection", response).await
    }
}
