//! The Task Management API.

use crate::models;

/// The Task Management operations: get them from [`Client::task_management`](crate::Client::task_management).
#[derive(Debug, Clone, Copy)]
pub struct TaskManagementApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Task Management operations.
    pub fn task_management(&self) -> TaskManagementApi<'_> {
        TaskManagementApi { client: self }
    }
}

impl<'a> TaskManagementApi<'a> {
    /// Get task status by id
    ///
    /// Get task status by task ID. Types of tasks include account and entitlement aggregation and other general background processing tasks.  Data for tasks older than 90 days will not be returned.
    ///
    /// `GET /task-status/{id}` (`getTaskStatus`)
    pub fn get_task_status(&self, id: impl Into<String>) -> GetTaskStatus<'a> {
        GetTaskStatus {
            client: self.client,
            id: id.into(),
        }
    }

    /// Update task status by id
    ///
    /// Update a current task status by task ID. Use this API to clear a pending task by updating the completionStatus and completed attributes.
    ///
    /// `PATCH /task-status/{id}` (`updateTaskStatus`)
    pub fn update_task_status(
        &self,
        id: impl Into<String>,
        json_patch_operation: Vec<models::JsonPatchOperation>,
    ) -> UpdateTaskStatus<'a> {
        UpdateTaskStatus {
            client: self.client,
            id: id.into(),
            json_patch_operation,
        }
    }

    /// Retrieve task status list
    ///
    /// Use this endpoint to get a list of statuses for **completed** tasks. Types of tasks include account and entitlement aggregation and other general background processing tasks.  Data for tasks older than 90 days will not be returned. To get a list of statuses for **in-progress** tasks, please use the [retrieve pending task status list](https://developer.sailpoint.com/docs/api/beta/get-pending-tasks) endpoint.
    ///
    /// `GET /task-status` (`getTaskStatusList`)
    pub fn get_task_status_list(&self) -> GetTaskStatusList<'a> {
        GetTaskStatusList {
            client: self.client,
            limit: None,
            offset: None,
            count: None,
            filters: None,
            sorters: None,
        }
    }

    /// Retrieve pending task status list
    ///
    /// This API is being deprecated. Please use the [task-status-list](https://developer.sailpoint.com/docs/api/v2025/get-task-status-list) endpoint with isnull filtering on the completionStatus field to retrieve pending tasks. Example: /v2025/task-status?filters=completionStatus isnull
    ///
    /// Retrieve a list of statuses for pending tasks. Types of tasks include account and entitlement aggregation and other general background processing tasks.  Data for tasks older than 90 days will not be returned.
    ///
    /// `GET /task-status/pending-tasks` (`getPendingTasks`)
    #[deprecated(note = "deprecated in the spec")]
    pub fn get_pending_tasks(&self) -> GetPendingTasks<'a> {
        GetPendingTasks {
            client: self.client,
            offset: None,
            limit: None,
            count: None,
        }
    }

    /// Retrieve pending task list headers
    ///
    /// This API is being deprecated. Please use the [task-status-list](https://developer.sailpoint.com/docs/api/v2025/get-task-status-list) endpoint with isnull filtering on the completionStatus field and count=true. Example: /v2025/task-status?count=true&filters=completionStatus isnull
    ///
    /// Responds with headers only for list of task statuses for pending tasks.
    ///
    /// `HEAD /task-status/pending-tasks` (`getPendingTaskHeaders`)
    #[deprecated(note = "deprecated in the spec")]
    pub fn get_pending_task_headers(&self) -> GetPendingTaskHeaders<'a> {
        GetPendingTaskHeaders {
            client: self.client,
            offset: None,
            limit: None,
            count: None,
        }
    }
}

/// The request of [`TaskManagementApi::get_task_status`](TaskManagementApi::get_task_status): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetTaskStatus<'a> {
    client: &'a crate::Client,
    id: String,
}

impl GetTaskStatus<'_> {
    /// Sends the request: `GET /task-status/{id}`.
    pub async fn send(self) -> Result<models::TaskStatus, crate::Error> {
        let path = ["/task-status/", &crate::request::path_segment(&self.id)].concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("getTaskStatus", request).await?;
        crate::request::json("getTaskStatus", response).await
    }
}

/// The request of [`TaskManagementApi::update_task_status`](TaskManagementApi::update_task_status): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateTaskStatus<'a> {
    client: &'a crate::Client,
    id: String,
    json_patch_operation: Vec<models::JsonPatchOperation>,
}

impl UpdateTaskStatus<'_> {
    /// Sends the request: `PATCH /task-status/{id}`.
    pub async fn send(self) -> Result<models::TaskStatus, crate::Error> {
        let path = ["/task-status/", &crate::request::path_segment(&self.id)].concat();
        let mut request = self.client.request(reqwest::Method::PATCH, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.json_patch_operation;
            request = crate::request::with_json(
                "updateTaskStatus",
                request,
                "application/json-patch+json",
                &value,
            )?;
        }
        let response = self.client.execute("updateTaskStatus", request).await?;
        crate::request::json("updateTaskStatus", response).await
    }
}

/// The request of [`TaskManagementApi::get_task_status_list`](TaskManagementApi::get_task_status_list): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetTaskStatusList<'a> {
    client: &'a crate::Client,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    filters: Option<String>,
    sorters: Option<String>,
}

impl GetTaskStatusList<'_> {
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

    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **id**: *eq, in*
    ///
    /// **sourceId**: *eq, in*
    ///
    /// **completionStatus**: *eq, in*
    ///
    /// **type**: *eq, in*
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **created**
    pub fn sorters(mut self, sorters: impl Into<String>) -> Self {
        self.sorters = Some(sorters.into());
        self
    }

    /// Sends the request: `GET /task-status`.
    pub async fn send(self) -> Result<Vec<models::TaskStatus>, crate::Error> {
        let path = "/task-status";
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
        if let Some(value) = &self.filters {
            query.push(("filters", value.clone()));
        }
        if let Some(value) = &self.sorters {
            query.push(("sorters", value.clone()));
        }
        request = request.query(&query);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("getTaskStatusList", request).await?;
        crate::request::json("getTaskStatusList", response).await
    }
}

/// The request of [`TaskManagementApi::get_pending_tasks`](TaskManagementApi::get_pending_tasks): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetPendingTasks<'a> {
    client: &'a crate::Client,
    offset: Option<i32>,
    limit: Option<i32>,
    count: Option<bool>,
}

impl GetPendingTasks<'_> {
    /// Offset into the full result set. Usually specified with *limit* to paginate through the results.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `0`.
    pub fn offset(mut self, offset: i32) -> Self {
        self.offset = Some(offset);
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

    /// Sends the request: `GET /task-status/pending-tasks`.
    pub async fn send(self) -> Result<Option<Vec<models::TaskStatus>>, crate::Error> {
        let path = "/task-status/pending-tasks";
        let mut request = self.client.request(reqwest::Method::GET, path);
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
        request = request.query(&query);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("getPendingTasks", request).await?;
        crate::request::json_or_empty("getPendingTasks", response).await
    }
}

/// The request of [`TaskManagementApi::get_pending_task_headers`](TaskManagementApi::get_pending_task_headers): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetPendingTaskHeaders<'a> {
    client: &'a crate::Client,
    offset: Option<i32>,
    limit: Option<i32>,
    count: Option<bool>,
}

impl GetPendingTaskHeaders<'_> {
    /// Offset into the full result set. Usually specified with *limit* to paginate through the results.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `0`.
    pub fn offset(mut self, offset: i32) -> Self {
        self.offset = Some(offset);
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

    /// Sends the request: `HEAD /task-status/pending-tasks`.
    pub async fn send(self) -> Result<(), crate::Error> {
        let path = "/task-status/pending-tasks";
        let mut request = self.client.request(reqwest::Method::HEAD, path);
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
        request = request.query(&query);
        let response = self.client.execute("getPendingTaskHeaders", request).await?;
        crate::request::empty("getPendingTaskHeaders", response).await
    }
}
