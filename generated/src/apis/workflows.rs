//! Workflows allow administrators to create custom automation scripts directly within Identity Security Cloud.  These automation scripts respond to [event triggers](https://developer.sailpoint.com/docs/extensibility/event-triggers/#how-to-get-started-with-event-triggers) and perform a series of actions to perform tasks that are either too cumbersome or not available in the Identity Security Cloud UI.  Workflows can be configured via a graphical user interface within Identity Security Cloud, or by creating and uploading a JSON formatted script to the Workflow service.  The Workflows API collection provides the necessary functionality to create, manage, and test your workflows via REST.

use crate::models;

/// The Workflows operations: get them from [`Client::workflows`](crate::Client::workflows).
#[derive(Debug, Clone, Copy)]
pub struct WorkflowsApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Workflows operations.
    pub fn workflows(&self) -> WorkflowsApi<'_> {
        WorkflowsApi { client: self }
    }
}

impl<'a> WorkflowsApi<'a> {
    /// List workflows
    ///
    /// List all workflows in the tenant.
    ///
    /// `GET /workflows` (`listWorkflows`)
    pub fn list_workflows(&self) -> ListWorkflows<'a> {
        ListWorkflows {
            client: self.client,
            limit: None,
            offset: None,
            filters: None,
            sorters: None,
        }
    }

    /// Create workflow
    ///
    /// Create a new workflow with the desired trigger and steps specified in the request body.
    ///
    /// `POST /workflows` (`createWorkflow`)
    pub fn create_workflow(
        &self,
        workflow_body: models::WorkflowBody,
    ) -> CreateWorkflow<'a> {
        CreateWorkflow {
            client: self.client,
            workflow_body,
        }
    }

    /// Get workflow by id
    ///
    /// Get a single workflow by id.
    ///
    /// `GET /workflows/{id}` (`getWorkflow`)
    pub fn get_workflow(&self, id: impl Into<String>) -> GetWorkflow<'a> {
        GetWorkflow {
            client: self.client,
            id: id.into(),
            workflow_metrics: None,
        }
    }

    /// Update workflow
    ///
    /// Perform a full update of a workflow.  The updated workflow object is returned in the response.
    ///
    /// `PUT /workflows/{id}` (`putWorkflow`)
    pub fn put_workflow(
        &self,
        id: impl Into<String>,
        workflow_body: models::WorkflowBody,
    ) -> PutWorkflow<'a> {
        PutWorkflow {
            client: self.client,
            id: id.into(),
            workflow_body,
        }
    }

    /// Delete workflow by id
    ///
    /// Delete a workflow.  **Enabled workflows cannot be deleted**.  They must first be disabled.
    ///
    /// `DELETE /workflows/{id}` (`deleteWorkflow`)
    pub fn delete_workflow(&self, id: impl Into<String>) -> DeleteWorkflow<'a> {
        DeleteWorkflow {
            client: self.client,
            id: id.into(),
        }
    }

    /// Patch workflow
    ///
    /// Partially update an existing Workflow using [JSON Patch](https://tools.ietf.org/html/rfc6902) syntax.
    ///
    /// `PATCH /workflows/{id}` (`patchWorkflow`)
    pub fn patch_workflow(
        &self,
        id: impl Into<String>,
        json_patch_operation: Vec<models::JsonPatchOperation>,
    ) -> PatchWorkflow<'a> {
        PatchWorkflow {
            client: self.client,
            id: id.into(),
            json_patch_operation,
        }
    }

    /// Test workflow by id
    ///
    /// Test a workflow with the provided input data.  The input data should resemble the input that the trigger will send the workflow.  See the [event trigger documentation](https://developer.sailpoint.com/docs/extensibility/event-triggers/available) for an example input for the trigger that initiates this workflow.
    /// This endpoint will return an execution ID, which can be used to lookup more information about the execution using the `Get a Workflow Execution` endpoint.
    /// **This will cause a live run of the workflow, which could result in unintended modifications to your IDN tenant.**
    ///
    /// `POST /workflows/{id}/test` (`testWorkflow`)
    pub fn test_workflow(
        &self,
        id: impl Into<String>,
        test_workflow_request: models::TestWorkflowRequest,
    ) -> TestWorkflow<'a> {
        TestWorkflow {
            client: self.client,
            id: id.into(),
            test_workflow_request,
        }
    }

    /// List workflow executions
    ///
    /// \[Deprecated\] This endpoint will be removed in July 2028.
    /// Use this API to list a specified workflow's executions. Workflow executions are available for up to 90 days before archived. By default, you can get a maximum of 250 executions.  To get executions past the first 250 records, you can do the following:
    /// 1. Use the [Get Workflows](https://developer.sailpoint.com/idn/api/beta/list-workflows) endpoint to get your workflows.
    /// 2. Get your workflow ID from the response.
    /// 3. You can then do either of the following:
    ///
    ///   - Filter to find relevant workflow executions.
    ///     For example, you can filter for failed workflow executions: `GET /workflows/:workflowID/executions?filters=status eq "Failed"`
    ///
    ///   - Paginate through results with the `offset` parameter.
    ///     For example, you can page through 50 executions per page and use that as a way to get to the records past the first 250.
    ///     Refer to [Paginating Results](https://developer.sailpoint.com/idn/api/standard-collection-parameters#paginating-results) for more information about the query parameters you can use to achieve pagination.
    ///
    /// `GET /workflows/{id}/executions` (`getWorkflowExecutions`)
    #[deprecated(note = "deprecated in the spec")]
    pub fn get_workflow_executions(
        &self,
        id: impl Into<String>,
    ) -> GetWorkflowExecutions<'a> {
        GetWorkflowExecutions {
            client: self.client,
            id: id.into(),
            limit: None,
            offset: None,
            filters: None,
        }
    }

    /// Get workflow execution
    ///
    /// Get a single workflow execution. Workflow executions are available for up to 90 days before being archived. If you attempt to access a workflow execution that has been archived, you will receive a "404 Not Found" response.
    ///
    /// `GET /workflow-executions/{id}` (`getWorkflowExecution`)
    pub fn get_workflow_execution(
        &self,
        id: impl Into<String>,
    ) -> GetWorkflowExecution<'a> {
        GetWorkflowExecution {
            client: self.client,
            id: id.into(),
        }
    }

    /// Get workflow execution history
    ///
    /// \[Deprecated\] This endpoint will be removed in October 2027. Please use `/workflow-executions/{id}/history-v2` instead. Retrieves the detailed history of a single workflow execution. Workflow executions are available for up to 90 days before being archived; accessing an archived execution will return a 404 Not Found.
    ///
    /// `GET /workflow-executions/{id}/history` (`getWorkflowExecutionHistory`)
    #[deprecated(note = "deprecated in the spec")]
    pub fn get_workflow_execution_history(
        &self,
        id: impl Into<String>,
    ) -> GetWorkflowExecutionHistory<'a> {
        GetWorkflowExecutionHistory {
            client: self.client,
            id: id.into(),
            limit: None,
            offset: None,
        }
    }

    /// Cancel workflow execution by id
    ///
    /// Use this API to cancel a running workflow execution.
    ///
    /// `POST /workflow-executions/{id}/cancel` (`cancelWorkflowExecution`)
    pub fn cancel_workflow_execution(
        &self,
        id: impl Into<String>,
    ) -> CancelWorkflowExecution<'a> {
        CancelWorkflowExecution {
            client: self.client,
            id: id.into(),
        }
    }

    /// List complete workflow library
    ///
    /// This lists all triggers, actions, and operators in the library
    ///
    /// `GET /workflow-library` (`listCompleteWorkflowLibrary`)
    pub fn list_complete_workflow_library(&self) -> ListCompleteWorkflowLibrary<'a> {
        ListCompleteWorkflowLibrary {
            client: self.client,
            limit: None,
            offset: None,
        }
    }

    /// List workflow library actions
    ///
    /// This lists the workflow actions available to you.
    ///
    /// `GET /workflow-library/actions` (`listWorkflowLibraryActions`)
    pub fn list_workflow_library_actions(&self) -> ListWorkflowLibraryActions<'a> {
        ListWorkflowLibraryActions {
            client: self.client,
            limit: None,
            offset: None,
            filters: None,
        }
    }

    /// List workflow library triggers
    ///
    /// This lists the workflow triggers available to you
    ///
    /// `GET /workflow-library/triggers` (`listWorkflowLibraryTriggers`)
    pub fn list_workflow_library_triggers(&self) -> ListWorkflowLibraryTriggers<'a> {
        ListWorkflowLibraryTriggers {
            client: self.client,
            limit: None,
            offset: None,
            filters: None,
        }
    }

    /// List workflow library operators
    ///
    /// This lists the workflow operators available to you
    ///
    /// `GET /workflow-library/operators` (`listWorkflowLibraryOperators`)
    pub fn list_workflow_library_operators(&self) -> ListWorkflowLibraryOperators<'a> {
        ListWorkflowLibraryOperators {
            client: self.client,
        }
    }

    /// Generate external trigger oauth client
    ///
    /// Create OAuth client ID, client secret, and callback URL for use in an external trigger.  External triggers will need this information to generate an access token to authenticate to the callback URL and submit a trigger payload that will initiate the workflow.
    ///
    /// `POST /workflows/{id}/external/oauth-clients` (`postWorkflowExternalTrigger`)
    pub fn post_workflow_external_trigger(
        &self,
        id: impl Into<String>,
    ) -> PostWorkflowExternalTrigger<'a> {
        PostWorkflowExternalTrigger {
            client: self.client,
            id: id.into(),
        }
    }

    /// Execute workflow via external trigger
    ///
    /// This endpoint allows a service outside of IdentityNow to initiate a workflow that uses the "External Trigger" step.  The external service will invoke this endpoint with the input data it wants to send to the workflow in the body.
    ///
    /// `POST /workflows/execute/external/{id}` (`postExternalExecuteWorkflow`)
    #[deprecated(note = "deprecated in the spec")]
    pub fn post_external_execute_workflow(
        &self,
        id: impl Into<String>,
    ) -> PostExternalExecuteWorkflow<'a> {
        PostExternalExecuteWorkflow {
            client: self.client,
            id: id.into(),
            post_external_execute_workflow_request: None,
        }
    }

    /// Test workflow via external trigger
    ///
    /// Validate a workflow with an "External Trigger" can receive input.  The response includes the input that the workflow received, which can be used to validate that the input is intact when it reaches the workflow.
    ///
    /// `POST /workflows/execute/external/{id}/test` (`testExternalExecuteWorkflow`)
    #[deprecated(note = "deprecated in the spec")]
    pub fn test_external_execute_workflow(
        &self,
        id: impl Into<String>,
    ) -> TestExternalExecuteWorkflow<'a> {
        TestExternalExecuteWorkflow {
            client: self.client,
            id: id.into(),
            test_external_execute_workflow_request: None,
        }
    }
}

/// The request of [`WorkflowsApi::list_workflows`](WorkflowsApi::list_workflows): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListWorkflows<'a> {
    client: &'a crate::Client,
    limit: Option<i32>,
    offset: Option<i32>,
    filters: Option<String>,
    sorters: Option<String>,
}

impl ListWorkflows<'_> {
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

    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **enabled**: *eq*
    ///
    /// **connectorInstanceId**: *eq*
    ///
    /// **triggerId**: *eq*
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **modified, name**
    pub fn sorters(mut self, sorters: impl Into<String>) -> Self {
        self.sorters = Some(sorters.into());
        self
    }

    /// Sends the request: `GET /workflows`.
    pub async fn send(self) -> Result<Vec<models::Workflow>, crate::Error> {
        let path = "/workflows";
        let mut request = self.client.request(reqwest::Method::GET, path);
        let mut query: Vec<(&str, String)> = Vec::new();
        if let Some(value) = &self.limit {
            query.push(("limit", value.to_string()));
        }
        if let Some(value) = &self.offset {
            query.push(("offset", value.to_string()));
        }
        if let Some(value) = &self.filters {
            query.push(("filters", value.clone()));
        }
        if let Some(value) = &self.sorters {
            query.push(("sorters", value.clone()));
        }
        request = request.query(&query);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("listWorkflows", request).await?;
        crate::request::json("listWorkflows", response).await
    }
}

/// The request of [`WorkflowsApi::create_workflow`](WorkflowsApi::create_workflow): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateWorkflow<'a> {
    client: &'a crate::Client,
    workflow_body: models::WorkflowBody,
}

impl CreateWorkflow<'_> {
    /// Sends the request: `POST /workflows`.
    pub async fn send(self) -> Result<models::Workflow, crate::Error> {
        let path = "/workflows";
        let mut request = self.client.request(reqwest::Method::POST, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.workflow_body;
            request = crate::request::with_json(
                "createWorkflow",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self.client.execute("createWorkflow", request).await?;
        crate::request::json("createWorkflow", response).await
    }
}

/// The request of [`WorkflowsApi::get_workflow`](WorkflowsApi::get_workflow): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetWorkflow<'a> {
    client: &'a crate::Client,
    id: String,
    workflow_metrics: Option<bool>,
}

impl GetWorkflow<'_> {
    /// disable workflow metrics
    ///
    /// The server's default: `true`.
    pub fn workflow_metrics(mut self, workflow_metrics: bool) -> Self {
        self.workflow_metrics = Some(workflow_metrics);
        self
    }

    /// Sends the request: `GET /workflows/{id}`.
    pub async fn send(self) -> Result<models::Workflow, crate::Error> {
        let path = ["/workflows/", &crate::request::path_segment(&self.id)].concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        let mut query: Vec<(&str, String)> = Vec::new();
        if let Some(value) = &self.workflow_metrics {
            query.push(("workflowMetrics", value.to_string()));
        }
        request = request.query(&query);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("getWorkflow", request).await?;
        crate::request::json("getWorkflow", response).await
    }
}

/// The request of [`WorkflowsApi::put_workflow`](WorkflowsApi::put_workflow): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PutWorkflow<'a> {
    client: &'a crate::Client,
    id: String,
    workflow_body: models::WorkflowBody,
}

impl PutWorkflow<'_> {
    /// Sends the request: `PUT /workflows/{id}`.
    pub async fn send(self) -> Result<models::Workflow, crate::Error> {
        let path = ["/workflows/", &crate::request::path_segment(&self.id)].concat();
        let mut request = self.client.request(reqwest::Method::PUT, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.workflow_body;
            request = crate::request::with_json(
                "putWorkflow",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self.client.execute("putWorkflow", request).await?;
        crate::request::json("putWorkflow", response).await
    }
}

/// The request of [`WorkflowsApi::delete_workflow`](WorkflowsApi::delete_workflow): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteWorkflow<'a> {
    client: &'a crate::Client,
    id: String,
}

impl DeleteWorkflow<'_> {
    /// Sends the request: `DELETE /workflows/{id}`.
    pub async fn send(self) -> Result<(), crate::Error> {
        let path = ["/workflows/", &crate::request::path_segment(&self.id)].concat();
        let request = self.client.request(reqwest::Method::DELETE, &path);
        let response = self.client.execute("deleteWorkflow", request).await?;
        crate::request::empty("deleteWorkflow", response).await
    }
}

/// The request of [`WorkflowsApi::patch_workflow`](WorkflowsApi::patch_workflow): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PatchWorkflow<'a> {
    client: &'a crate::Client,
    id: String,
    json_patch_operation: Vec<models::JsonPatchOperation>,
}

impl PatchWorkflow<'_> {
    /// Sends the request: `PATCH /workflows/{id}`.
    pub async fn send(self) -> Result<models::Workflow, crate::Error> {
        let path = ["/workflows/", &crate::request::path_segment(&self.id)].concat();
        let mut request = self.client.request(reqwest::Method::PATCH, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.json_patch_operation;
            request = crate::request::with_json(
                "patchWorkflow",
                request,
                "application/json-patch+json",
                &value,
            )?;
        }
        let response = self.client.execute("patchWorkflow", request).await?;
        crate::request::json("patchWorkflow", response).await
    }
}

/// The request of [`WorkflowsApi::test_workflow`](WorkflowsApi::test_workflow): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct TestWorkflow<'a> {
    client: &'a crate::Client,
    id: String,
    test_workflow_request: models::TestWorkflowRequest,
}

impl TestWorkflow<'_> {
    /// Sends the request: `POST /workflows/{id}/test`.
    pub async fn send(self) -> Result<models::TestWorkflow200Response, crate::Error> {
        let path = ["/workflows/", &crate::request::path_segment(&self.id), "/test"]
            .concat();
        let mut request = self.client.request(reqwest::Method::POST, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.test_workflow_request;
            request = crate::request::with_json(
                "testWorkflow",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self.client.execute("testWorkflow", request).await?;
        crate::request::json("testWorkflow", response).await
    }
}

/// The request of [`WorkflowsApi::get_workflow_executions`](WorkflowsApi::get_workflow_executions): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetWorkflowExecutions<'a> {
    client: &'a crate::Client,
    id: String,
    limit: Option<i32>,
    offset: Option<i32>,
    filters: Option<String>,
}

impl GetWorkflowExecutions<'_> {
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

    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **startTime**: *eq, lt, le, gt, ge*
    ///
    /// **status**: *eq*
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

    /// Sends the request: `GET /workflows/{id}/executions`.
    pub async fn send(self) -> Result<Vec<models::WorkflowExecution>, crate::Error> {
        let path = [
            "/workflows/",
            &crate::request::path_segment(&self.id),
            "/executions",
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        let mut query: Vec<(&str, String)> = Vec::new();
        if let Some(value) = &self.limit {
            query.push(("limit", value.to_string()));
        }
        if let Some(value) = &self.offset {
            query.push(("offset", value.to_string()));
        }
        if let Some(value) = &self.filters {
            query.push(("filters", value.clone()));
        }
        request = request.query(&query);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("getWorkflowExecutions", request).await?;
        crate::request::json("getWorkflowExecutions", response).await
    }
}

/// The request of [`WorkflowsApi::get_workflow_execution`](WorkflowsApi::get_workflow_execution): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetWorkflowExecution<'a> {
    client: &'a crate::Client,
    id: String,
}

impl GetWorkflowExecution<'_> {
    /// Sends the request: `GET /workflow-executions/{id}`.
    pub async fn send(self) -> Result<Vec<models::WorkflowExecution>, crate::Error> {
        let path = ["/workflow-executions/", &crate::request::path_segment(&self.id)]
            .concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("getWorkflowExecution", request).await?;
        crate::request::json("getWorkflowExecution", response).await
    }
}

/// The request of [`WorkflowsApi::get_workflow_execution_history`](WorkflowsApi::get_workflow_execution_history): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetWorkflowExecutionHistory<'a> {
    client: &'a crate::Client,
    id: String,
    limit: Option<i32>,
    offset: Option<i32>,
}

impl GetWorkflowExecutionHistory<'_> {
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

    /// Sends the request: `GET /workflow-executions/{id}/history`.
    pub async fn send(
        self,
    ) -> Result<Vec<models::WorkflowExecutionEvent>, crate::Error> {
        let path = [
            "/workflow-executions/",
            &crate::request::path_segment(&self.id),
            "/history",
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        let mut query: Vec<(&str, String)> = Vec::new();
        if let Some(value) = &self.limit {
            query.push(("limit", value.to_string()));
        }
        if let Some(value) = &self.offset {
            query.push(("offset", value.to_string()));
        }
        request = request.query(&query);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self
            .client
            .execute("getWorkflowExecutionHistory", request)
            .await?;
        crate::request::json("getWorkflowExecutionHistory", response).await
    }
}

/// The request of [`WorkflowsApi::cancel_workflow_execution`](WorkflowsApi::cancel_workflow_execution): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CancelWorkflowExecution<'a> {
    client: &'a crate::Client,
    id: String,
}

impl CancelWorkflowExecution<'_> {
    /// Sends the request: `POST /workflow-executions/{id}/cancel`.
    pub async fn send(self) -> Result<(), crate::Error> {
        let path = [
            "/workflow-executions/",
            &crate::request::path_segment(&self.id),
            "/cancel",
        ]
            .concat();
        let request = self.client.request(reqwest::Method::POST, &path);
        let response = self.client.execute("cancelWorkflowExecution", request).await?;
        crate::request::empty("cancelWorkflowExecution", response).await
    }
}

/// The request of [`WorkflowsApi::list_complete_workflow_library`](WorkflowsApi::list_complete_workflow_library): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListCompleteWorkflowLibrary<'a> {
    client: &'a crate::Client,
    limit: Option<i32>,
    offset: Option<i32>,
}

impl ListCompleteWorkflowLibrary<'_> {
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

    /// Sends the request: `GET /workflow-library`.
    pub async fn send(
        self,
    ) -> Result<Vec<models::ListCompleteWorkflowLibrary200ResponseInner>, crate::Error> {
        let path = "/workflow-library";
        let mut request = self.client.request(reqwest::Method::GET, path);
        let mut query: Vec<(&str, String)> = Vec::new();
        if let Some(value) = &self.limit {
            query.push(("limit", value.to_string()));
        }
        if let Some(value) = &self.offset {
            query.push(("offset", value.to_string()));
        }
        request = request.query(&query);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self
            .client
            .execute("listCompleteWorkflowLibrary", request)
            .await?;
        crate::request::json("listCompleteWorkflowLibrary", response).await
    }
}

/// The request of [`WorkflowsApi::list_workflow_library_actions`](WorkflowsApi::list_workflow_library_actions): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListWorkflowLibraryActions<'a> {
    client: &'a crate::Client,
    limit: Option<i32>,
    offset: Option<i32>,
    filters: Option<String>,
}

impl ListWorkflowLibraryActions<'_> {
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

    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **id**: *eq*
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

    /// Sends the request: `GET /workflow-library/actions`.
    pub async fn send(self) -> Result<Vec<models::WorkflowLibraryAction>, crate::Error> {
        let path = "/workflow-library/actions";
        let mut request = self.client.request(reqwest::Method::GET, path);
        let mut query: Vec<(&str, String)> = Vec::new();
        if let Some(value) = &self.limit {
            query.push(("limit", value.to_string()));
        }
        if let Some(value) = &self.offset {
            query.push(("offset", value.to_string()));
        }
        if let Some(value) = &self.filters {
            query.push(("filters", value.clone()));
        }
        request = request.query(&query);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("listWorkflowLibraryActions", request).await?;
        crate::request::json("listWorkflowLibraryActions", response).await
    }
}

/// The request of [`WorkflowsApi::list_workflow_library_triggers`](WorkflowsApi::list_workflow_library_triggers): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListWorkflowLibraryTriggers<'a> {
    client: &'a crate::Client,
    limit: Option<i32>,
    offset: Option<i32>,
    filters: Option<String>,
}

impl ListWorkflowLibraryTriggers<'_> {
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

    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **id**: *eq*
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

    /// Sends the request: `GET /workflow-library/triggers`.
    pub async fn send(
        self,
    ) -> Result<Vec<models::WorkflowLibraryTrigger>, crate::Error> {
        let path = "/workflow-library/triggers";
        let mut request = self.client.request(reqwest::Method::GET, path);
        let mut query: Vec<(&str, String)> = Vec::new();
        if let Some(value) = &self.limit {
            query.push(("limit", value.to_string()));
        }
        if let Some(value) = &self.offset {
            query.push(("offset", value.to_string()));
        }
        if let Some(value) = &self.filters {
            query.push(("filters", value.clone()));
        }
        request = request.query(&query);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self
            .client
            .execute("listWorkflowLibraryTriggers", request)
            .await?;
        crate::request::json("listWorkflowLibraryTriggers", response).await
    }
}

/// The request of [`WorkflowsApi::list_workflow_library_operators`](WorkflowsApi::list_workflow_library_operators): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListWorkflowLibraryOperators<'a> {
    client: &'a crate::Client,
}

impl ListWorkflowLibraryOperators<'_> {
    /// Sends the request: `GET /workflow-library/operators`.
    pub async fn send(
        self,
    ) -> Result<Vec<models::WorkflowLibraryOperator>, crate::Error> {
        let path = "/workflow-library/operators";
        let mut request = self.client.request(reqwest::Method::GET, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self
            .client
            .execute("listWorkflowLibraryOperators", request)
            .await?;
        crate::request::json("listWorkflowLibraryOperators", response).await
    }
}

/// The request of [`WorkflowsApi::post_workflow_external_trigger`](WorkflowsApi::post_workflow_external_trigger): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PostWorkflowExternalTrigger<'a> {
    client: &'a crate::Client,
    id: String,
}

impl PostWorkflowExternalTrigger<'_> {
    /// Sends the request: `POST /workflows/{id}/external/oauth-clients`.
    pub async fn send(self) -> Result<models::WorkflowOAuthClient, crate::Error> {
        let path = [
            "/workflows/",
            &crate::request::path_segment(&self.id),
            "/external/oauth-clients",
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::POST, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self
            .client
            .execute("postWorkflowExternalTrigger", request)
            .await?;
        crate::request::json("postWorkflowExternalTrigger", response).await
    }
}

/// The request of [`WorkflowsApi::post_external_execute_workflow`](WorkflowsApi::post_external_execute_workflow): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PostExternalExecuteWorkflow<'a> {
    client: &'a crate::Client,
    id: String,
    post_external_execute_workflow_request: Option<
        models::PostExternalExecuteWorkflowRequest,
    >,
}

impl PostExternalExecuteWorkflow<'_> {
    /// The request body.
    pub fn post_external_execute_workflow_request(
        mut self,
        post_external_execute_workflow_request: models::PostExternalExecuteWorkflowRequest,
    ) -> Self {
        self.post_external_execute_workflow_request = Some(
            post_external_execute_workflow_request,
        );
        self
    }

    /// Sends the request: `POST /workflows/execute/external/{id}`.
    pub async fn send(
        self,
    ) -> Result<models::PostExternalExecuteWorkflow200Response, crate::Error> {
        let path = [
            "/workflows/execute/external/",
            &crate::request::path_segment(&self.id),
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::POST, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        if let Some(value) = self.post_external_execute_workflow_request {
            request = crate::request::with_json(
                "postExternalExecuteWorkflow",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self
            .client
            .execute("postExternalExecuteWorkflow", request)
            .await?;
        crate::request::json("postExternalExecuteWorkflow", response).await
    }
}

/// The request of [`WorkflowsApi::test_external_execute_workflow`](WorkflowsApi::test_external_execute_workflow): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct TestExternalExecuteWorkflow<'a> {
    client: &'a crate::Client,
    id: String,
    test_external_execute_workflow_request: Option<
        models::TestExternalExecuteWorkflowRequest,
    >,
}

impl TestExternalExecuteWorkflow<'_> {
    /// The request body.
    pub fn test_external_execute_workflow_request(
        mut self,
        test_external_execute_workflow_request: models::TestExternalExecuteWorkflowRequest,
    ) -> Self {
        self.test_external_execute_workflow_request = Some(
            test_external_execute_workflow_request,
        );
        self
    }

    /// Sends the request: `POST /workflows/execute/external/{id}/test`.
    pub async fn send(
        self,
    ) -> Result<models::TestExternalExecuteWorkflow200Response, crate::Error> {
        let path = [
            "/workflows/execute/external/",
            &crate::request::path_segment(&self.id),
            "/test",
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::POST, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        if let Some(value) = self.test_external_execute_workflow_request {
            request = crate::request::with_json(
                "testExternalExecuteWorkflow",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self
            .client
            .execute("testExternalExecuteWorkflow", request)
            .await?;
        crate::request::json("testExternalExecuteWorkflow", response).await
    }
}
