//! Workflows allow administrators to create custom automation scripts directly within Identity Security Cloud.  These automation scripts respond to [event triggers](https://developer.sailpoint.com/docs/extensibility/event-triggers/#how-to-get-started-with-event-triggers) and perform a series of actions to perform tasks that are either too cumbersome or not available in the Identity Security Cloud UI.  Workflows can be configured via a graphical user interface within Identity Security Cloud, or by creating and uploading a JSON formatted script to the Workflow service.  The Workflows API collection provides the necessary functionality to create, manage, and test your workflows via REST.

use crate::models;

/// The Workflows operations: get them from [`Client::workflows`](crate::Client::workflows).
#[derive(Debug, Clone, Copy)]
pub struct WorkflowsApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Workflows operations.
    #[inline]
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
    #[inline]
    pub fn list_workflows(&self) -> ListWorkflows {
        ListWorkflows {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            limit: None,
            offset: None,
            filters: None,
            sorters: None,
            listing: crate::pagination::Listing::default(),
        }
    }

    /// Create workflow
    ///
    /// Create a new workflow with the desired trigger and steps specified in the request body.
    ///
    /// `POST /workflows` (`createWorkflow`)
    #[inline]
    pub fn create_workflow(
        &self,
        workflow_body: models::WorkflowBody,
    ) -> CreateWorkflow {
        CreateWorkflow {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            workflow_body,
        }
    }

    /// Get workflow by id
    ///
    /// Get a single workflow by id.
    ///
    /// `GET /workflows/{id}` (`getWorkflow`)
    #[inline]
    pub fn get_workflow(&self, id: impl Into<String>) -> GetWorkflow {
        GetWorkflow {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            workflow_metrics: None,
        }
    }

    /// Update workflow
    ///
    /// Perform a full update of a workflow.  The updated workflow object is returned in the response.
    ///
    /// `PUT /workflows/{id}` (`putWorkflow`)
    #[inline]
    pub fn put_workflow(
        &self,
        id: impl Into<String>,
        workflow_body: models::WorkflowBody,
    ) -> PutWorkflow {
        PutWorkflow {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            workflow_body,
        }
    }

    /// Delete workflow by id
    ///
    /// Delete a workflow.  **Enabled workflows cannot be deleted**.  They must first be disabled.
    ///
    /// `DELETE /workflows/{id}` (`deleteWorkflow`)
    #[inline]
    pub fn delete_workflow(&self, id: impl Into<String>) -> DeleteWorkflow {
        DeleteWorkflow {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Patch workflow
    ///
    /// Partially update an existing Workflow using [JSON Patch](https://tools.ietf.org/html/rfc6902) syntax.
    ///
    /// `PATCH /workflows/{id}` (`patchWorkflow`)
    #[inline]
    pub fn patch_workflow(
        &self,
        id: impl Into<String>,
        json_patch_operation: Vec<models::JsonPatchOperation>,
    ) -> PatchWorkflow {
        PatchWorkflow {
            client: self.client.clone(),
            options: crate::request::Options::default(),
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
    #[inline]
    pub fn test_workflow(
        &self,
        id: impl Into<String>,
        test_workflow_request: models::TestWorkflowRequest,
    ) -> TestWorkflow {
        TestWorkflow {
            client: self.client.clone(),
            options: crate::request::Options::default(),
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
    #[inline]
    pub fn get_workflow_executions(
        &self,
        id: impl Into<String>,
    ) -> GetWorkflowExecutions {
        GetWorkflowExecutions {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            limit: None,
            offset: None,
            filters: None,
            listing: crate::pagination::Listing::default(),
        }
    }

    /// Get workflow execution
    ///
    /// Get a single workflow execution. Workflow executions are available for up to 90 days before being archived. If you attempt to access a workflow execution that has been archived, you will receive a "404 Not Found" response.
    ///
    /// `GET /workflow-executions/{id}` (`getWorkflowExecution`)
    #[inline]
    pub fn get_workflow_execution(&self, id: impl Into<String>) -> GetWorkflowExecution {
        GetWorkflowExecution {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Get workflow execution history
    ///
    /// \[Deprecated\] This endpoint will be removed in October 2027. Please use `/workflow-executions/{id}/history-v2` instead. Retrieves the detailed history of a single workflow execution. Workflow executions are available for up to 90 days before being archived; accessing an archived execution will return a 404 Not Found.
    ///
    /// `GET /workflow-executions/{id}/history` (`getWorkflowExecutionHistory`)
    #[deprecated(note = "deprecated in the spec")]
    #[inline]
    pub fn get_workflow_execution_history(
        &self,
        id: impl Into<String>,
    ) -> GetWorkflowExecutionHistory {
        GetWorkflowExecutionHistory {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            limit: None,
            offset: None,
            listing: crate::pagination::Listing::default(),
        }
    }

    /// Cancel workflow execution by id
    ///
    /// Use this API to cancel a running workflow execution.
    ///
    /// `POST /workflow-executions/{id}/cancel` (`cancelWorkflowExecution`)
    #[inline]
    pub fn cancel_workflow_execution(
        &self,
        id: impl Into<String>,
    ) -> CancelWorkflowExecution {
        CancelWorkflowExecution {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// List complete workflow library
    ///
    /// This lists all triggers, actions, and operators in the library
    ///
    /// `GET /workflow-library` (`listCompleteWorkflowLibrary`)
    #[inline]
    pub fn list_complete_workflow_library(&self) -> ListCompleteWorkflowLibrary {
        ListCompleteWorkflowLibrary {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            limit: None,
            offset: None,
            listing: crate::pagination::Listing::default(),
        }
    }

    /// List workflow library actions
    ///
    /// This lists the workflow actions available to you.
    ///
    /// `GET /workflow-library/actions` (`listWorkflowLibraryActions`)
    #[inline]
    pub fn list_workflow_library_actions(&self) -> ListWorkflowLibraryActions {
        ListWorkflowLibraryActions {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            limit: None,
            offset: None,
            filters: None,
            listing: crate::pagination::Listing::default(),
        }
    }

    /// List workflow library triggers
    ///
    /// This lists the workflow triggers available to you
    ///
    /// `GET /workflow-library/triggers` (`listWorkflowLibraryTriggers`)
    #[inline]
    pub fn list_workflow_library_triggers(&self) -> ListWorkflowLibraryTriggers {
        ListWorkflowLibraryTriggers {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            limit: None,
            offset: None,
            filters: None,
            listing: crate::pagination::Listing::default(),
        }
    }

    /// List workflow library operators
    ///
    /// This lists the workflow operators available to you
    ///
    /// `GET /workflow-library/operators` (`listWorkflowLibraryOperators`)
    #[inline]
    pub fn list_workflow_library_operators(&self) -> ListWorkflowLibraryOperators {
        ListWorkflowLibraryOperators {
            client: self.client.clone(),
            options: crate::request::Options::default(),
        }
    }

    /// Generate external trigger oauth client
    ///
    /// Create OAuth client ID, client secret, and callback URL for use in an external trigger.  External triggers will need this information to generate an access token to authenticate to the callback URL and submit a trigger payload that will initiate the workflow.
    ///
    /// `POST /workflows/{id}/external/oauth-clients` (`postWorkflowExternalTrigger`)
    #[inline]
    pub fn post_workflow_external_trigger(
        &self,
        id: impl Into<String>,
    ) -> PostWorkflowExternalTrigger {
        PostWorkflowExternalTrigger {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Execute workflow via external trigger
    ///
    /// This endpoint allows a service outside of IdentityNow to initiate a workflow that uses the "External Trigger" step.  The external service will invoke this endpoint with the input data it wants to send to the workflow in the body.
    ///
    /// `POST /workflows/execute/external/{id}` (`postExternalExecuteWorkflow`)
    #[deprecated(note = "deprecated in the spec")]
    #[inline]
    pub fn post_external_execute_workflow(
        &self,
        id: impl Into<String>,
    ) -> PostExternalExecuteWorkflow {
        PostExternalExecuteWorkflow {
            client: self.client.clone(),
            options: crate::request::Options::default(),
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
    #[inline]
    pub fn test_external_execute_workflow(
        &self,
        id: impl Into<String>,
    ) -> TestExternalExecuteWorkflow {
        TestExternalExecuteWorkflow {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            test_external_execute_workflow_request: None,
        }
    }
}

/// The error statuses of [`WorkflowsApi::list_workflows`](WorkflowsApi::list_workflows), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type ListWorkflowsError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`WorkflowsApi::list_workflows`](WorkflowsApi::list_workflows): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListWorkflows {
    client: crate::Client,
    options: crate::request::Options,
    limit: Option<i32>,
    offset: Option<i32>,
    filters: Option<String>,
    sorters: Option<String>,
    listing: crate::pagination::Listing,
}

impl ListWorkflows {
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

    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **enabled**: *eq*
    ///
    /// **connectorInstanceId**: *eq*
    ///
    /// **triggerId**: *eq*
    #[inline]
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **modified, name**
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

    /// Sends the request: `GET /workflows`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<Vec<models::Workflow>, crate::SdkError<ListWorkflowsError>>,
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
            crate::Page<models::Workflow>,
            crate::SdkError<ListWorkflowsError>,
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
        Item = Result<models::Workflow, crate::SdkError<ListWorkflowsError>>,
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
            crate::Response<Vec<models::Workflow>>,
            crate::SdkError<ListWorkflowsError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "listWorkflows",
            self.options,
            move |client| {
                let path = "/workflows";
                let mut request = client.request(reqwest::Method::GET, path);
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
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`WorkflowsApi::create_workflow`](WorkflowsApi::create_workflow), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type CreateWorkflowError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`WorkflowsApi::create_workflow`](WorkflowsApi::create_workflow): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateWorkflow {
    client: crate::Client,
    options: crate::request::Options,
    workflow_body: models::WorkflowBody,
}

impl CreateWorkflow {
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

    /// Sends the request: `POST /workflows`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::Workflow, crate::SdkError<CreateWorkflowError>>,
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
            crate::Response<models::Workflow>,
            crate::SdkError<CreateWorkflowError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createWorkflow",
            self.options,
            move |client| {
                let path = "/workflows";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.workflow_body;
                    request = crate::request::with_json(
                        "createWorkflow",
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

/// The error statuses of [`WorkflowsApi::get_workflow`](WorkflowsApi::get_workflow), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetWorkflowError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`WorkflowsApi::get_workflow`](WorkflowsApi::get_workflow): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetWorkflow {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    workflow_metrics: Option<bool>,
}

impl GetWorkflow {
    /// disable workflow metrics
    ///
    /// The server's default: `true`.
    #[inline]
    pub fn workflow_metrics(mut self, workflow_metrics: bool) -> Self {
        self.workflow_metrics = Some(workflow_metrics);
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

    /// Sends the request: `GET /workflows/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::Workflow, crate::SdkError<GetWorkflowError>>,
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
            crate::Response<models::Workflow>,
            crate::SdkError<GetWorkflowError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getWorkflow",
            self.options,
            move |client| {
                let path = ["/workflows/", &crate::request::path_segment(&self.id)]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.workflow_metrics {
                    query.push(("workflowMetrics", value.to_string()));
                }
                request = request.query(&query);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`WorkflowsApi::put_workflow`](WorkflowsApi::put_workflow), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type PutWorkflowError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`WorkflowsApi::put_workflow`](WorkflowsApi::put_workflow): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PutWorkflow {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    workflow_body: models::WorkflowBody,
}

impl PutWorkflow {
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

    /// Sends the request: `PUT /workflows/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::Workflow, crate::SdkError<PutWorkflowError>>,
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
            crate::Response<models::Workflow>,
            crate::SdkError<PutWorkflowError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "putWorkflow",
            self.options,
            move |client| {
                let path = ["/workflows/", &crate::request::path_segment(&self.id)]
                    .concat();
                let mut request = client.request(reqwest::Method::PUT, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.workflow_body;
                    request = crate::request::with_json(
                        "putWorkflow",
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

/// The error statuses of [`WorkflowsApi::delete_workflow`](WorkflowsApi::delete_workflow), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type DeleteWorkflowError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`WorkflowsApi::delete_workflow`](WorkflowsApi::delete_workflow): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteWorkflow {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl DeleteWorkflow {
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

    /// Sends the request: `DELETE /workflows/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<(), crate::SdkError<DeleteWorkflowError>>> {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<crate::Response<()>, crate::SdkError<DeleteWorkflowError>>,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "deleteWorkflow",
            self.options,
            move |client| {
                let path = ["/workflows/", &crate::request::path_segment(&self.id)]
                    .concat();
                let request = client.request(reqwest::Method::DELETE, &path);
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`WorkflowsApi::patch_workflow`](WorkflowsApi::patch_workflow), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type PatchWorkflowError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`WorkflowsApi::patch_workflow`](WorkflowsApi::patch_workflow): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PatchWorkflow {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    json_patch_operation: Vec<models::JsonPatchOperation>,
}

impl PatchWorkflow {
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

    /// Sends the request: `PATCH /workflows/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::Workflow, crate::SdkError<PatchWorkflowError>>,
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
            crate::Response<models::Workflow>,
            crate::SdkError<PatchWorkflowError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "patchWorkflow",
            self.options,
            move |client| {
                let path = ["/workflows/", &crate::request::path_segment(&self.id)]
                    .concat();
                let mut request = client.request(reqwest::Method::PATCH, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.json_patch_operation;
                    request = crate::request::with_json(
                        "patchWorkflow",
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

/// The error statuses of [`WorkflowsApi::test_workflow`](WorkflowsApi::test_workflow), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type TestWorkflowError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`WorkflowsApi::test_workflow`](WorkflowsApi::test_workflow): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct TestWorkflow {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    test_workflow_request: models::TestWorkflowRequest,
}

impl TestWorkflow {
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

    /// Sends the request: `POST /workflows/{id}/test`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::TestWorkflow200Response,
            crate::SdkError<TestWorkflowError>,
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
            crate::Response<models::TestWorkflow200Response>,
            crate::SdkError<TestWorkflowError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "testWorkflow",
            self.options,
            move |client| {
                let path = [
                    "/workflows/",
                    &crate::request::path_segment(&self.id),
                    "/test",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.test_workflow_request;
                    request = crate::request::with_json(
                        "testWorkflow",
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

/// The error statuses of [`WorkflowsApi::get_workflow_executions`](WorkflowsApi::get_workflow_executions), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetWorkflowExecutionsError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`WorkflowsApi::get_workflow_executions`](WorkflowsApi::get_workflow_executions): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetWorkflowExecutions {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    limit: Option<i32>,
    offset: Option<i32>,
    filters: Option<String>,
    listing: crate::pagination::Listing,
}

impl GetWorkflowExecutions {
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

    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **startTime**: *eq, lt, le, gt, ge*
    ///
    /// **status**: *eq*
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
    /// listing plans its pages and keeps as many in flight as
    /// the client's rate limit and the reader allow.
    #[inline]
    pub fn pages_ahead(mut self, pages: usize) -> Self {
        self.listing.pages_ahead = Some(pages);
        self
    }

    /// Sends the request: `GET /workflows/{id}/executions`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::WorkflowExecution>,
            crate::SdkError<GetWorkflowExecutionsError>,
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
            crate::Page<models::WorkflowExecution>,
            crate::SdkError<GetWorkflowExecutionsError>,
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
            models::WorkflowExecution,
            crate::SdkError<GetWorkflowExecutionsError>,
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
            crate::Response<Vec<models::WorkflowExecution>>,
            crate::SdkError<GetWorkflowExecutionsError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getWorkflowExecutions",
            self.options,
            move |client| {
                let path = [
                    "/workflows/",
                    &crate::request::path_segment(&self.id),
                    "/executions",
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

/// The error statuses of [`WorkflowsApi::get_workflow_execution`](WorkflowsApi::get_workflow_execution), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetWorkflowExecutionError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`WorkflowsApi::get_workflow_execution`](WorkflowsApi::get_workflow_execution): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetWorkflowExecution {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl GetWorkflowExecution {
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

    /// Sends the request: `GET /workflow-executions/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::WorkflowExecution>,
            crate::SdkError<GetWorkflowExecutionError>,
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
            crate::Response<Vec<models::WorkflowExecution>>,
            crate::SdkError<GetWorkflowExecutionError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getWorkflowExecution",
            self.options,
            move |client| {
                let path = [
                    "/workflow-executions/",
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

/// The error statuses of [`WorkflowsApi::get_workflow_execution_history`](WorkflowsApi::get_workflow_execution_history), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetWorkflowExecutionHistoryError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`WorkflowsApi::get_workflow_execution_history`](WorkflowsApi::get_workflow_execution_history): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetWorkflowExecutionHistory {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    limit: Option<i32>,
    offset: Option<i32>,
    listing: crate::pagination::Listing,
}

impl GetWorkflowExecutionHistory {
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

    /// Sends the request: `GET /workflow-executions/{id}/history`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::WorkflowExecutionEvent>,
            crate::SdkError<GetWorkflowExecutionHistoryError>,
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
            crate::Page<models::WorkflowExecutionEvent>,
            crate::SdkError<GetWorkflowExecutionHistoryError>,
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
            models::WorkflowExecutionEvent,
            crate::SdkError<GetWorkflowExecutionHistoryError>,
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
            crate::Response<Vec<models::WorkflowExecutionEvent>>,
            crate::SdkError<GetWorkflowExecutionHistoryError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getWorkflowExecutionHistory",
            self.options,
            move |client| {
                let path = [
                    "/workflow-executions/",
                    &crate::request::path_segment(&self.id),
                    "/history",
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
                request = request.query(&query);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`WorkflowsApi::cancel_workflow_execution`](WorkflowsApi::cancel_workflow_execution), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type CancelWorkflowExecutionError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`WorkflowsApi::cancel_workflow_execution`](WorkflowsApi::cancel_workflow_execution): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CancelWorkflowExecution {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl CancelWorkflowExecution {
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

    /// Sends the request: `POST /workflow-executions/{id}/cancel`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<(), crate::SdkError<CancelWorkflowExecutionError>>,
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
            crate::SdkError<CancelWorkflowExecutionError>,
        >,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "cancelWorkflowExecution",
            self.options,
            move |client| {
                let path = [
                    "/workflow-executions/",
                    &crate::request::path_segment(&self.id),
                    "/cancel",
                ]
                    .concat();
                let request = client.request(reqwest::Method::POST, &path);
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`WorkflowsApi::list_complete_workflow_library`](WorkflowsApi::list_complete_workflow_library), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type ListCompleteWorkflowLibraryError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`WorkflowsApi::list_complete_workflow_library`](WorkflowsApi::list_complete_workflow_library): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListCompleteWorkflowLibrary {
    client: crate::Client,
    options: crate::request::Options,
    limit: Option<i32>,
    offset: Option<i32>,
    listing: crate::pagination::Listing,
}

impl ListCompleteWorkflowLibrary {
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

    /// Sends the request: `GET /workflow-library`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::ListCompleteWorkflowLibrary200ResponseInner>,
            crate::SdkError<ListCompleteWorkflowLibraryError>,
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
            crate::Page<models::ListCompleteWorkflowLibrary200ResponseInner>,
            crate::SdkError<ListCompleteWorkflowLibraryError>,
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
            models::ListCompleteWorkflowLibrary200ResponseInner,
            crate::SdkError<ListCompleteWorkflowLibraryError>,
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
            crate::Response<Vec<models::ListCompleteWorkflowLibrary200ResponseInner>>,
            crate::SdkError<ListCompleteWorkflowLibraryError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "listCompleteWorkflowLibrary",
            self.options,
            move |client| {
                let path = "/workflow-library";
                let mut request = client.request(reqwest::Method::GET, path);
                let mut query: Vec<(&str, String)> = Vec::new();
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

/// The error statuses of [`WorkflowsApi::list_workflow_library_actions`](WorkflowsApi::list_workflow_library_actions), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type ListWorkflowLibraryActionsError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`WorkflowsApi::list_workflow_library_actions`](WorkflowsApi::list_workflow_library_actions): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListWorkflowLibraryActions {
    client: crate::Client,
    options: crate::request::Options,
    limit: Option<i32>,
    offset: Option<i32>,
    filters: Option<String>,
    listing: crate::pagination::Listing,
}

impl ListWorkflowLibraryActions {
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

    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **id**: *eq*
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
    /// listing plans its pages and keeps as many in flight as
    /// the client's rate limit and the reader allow.
    #[inline]
    pub fn pages_ahead(mut self, pages: usize) -> Self {
        self.listing.pages_ahead = Some(pages);
        self
    }

    /// Sends the request: `GET /workflow-library/actions`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::WorkflowLibraryAction>,
            crate::SdkError<ListWorkflowLibraryActionsError>,
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
            crate::Page<models::WorkflowLibraryAction>,
            crate::SdkError<ListWorkflowLibraryActionsError>,
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
            models::WorkflowLibraryAction,
            crate::SdkError<ListWorkflowLibraryActionsError>,
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
            crate::Response<Vec<models::WorkflowLibraryAction>>,
            crate::SdkError<ListWorkflowLibraryActionsError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "listWorkflowLibraryActions",
            self.options,
            move |client| {
                let path = "/workflow-library/actions";
                let mut request = client.request(reqwest::Method::GET, path);
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
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`WorkflowsApi::list_workflow_library_triggers`](WorkflowsApi::list_workflow_library_triggers), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type ListWorkflowLibraryTriggersError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`WorkflowsApi::list_workflow_library_triggers`](WorkflowsApi::list_workflow_library_triggers): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListWorkflowLibraryTriggers {
    client: crate::Client,
    options: crate::request::Options,
    limit: Option<i32>,
    offset: Option<i32>,
    filters: Option<String>,
    listing: crate::pagination::Listing,
}

impl ListWorkflowLibraryTriggers {
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

    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **id**: *eq*
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
    /// listing plans its pages and keeps as many in flight as
    /// the client's rate limit and the reader allow.
    #[inline]
    pub fn pages_ahead(mut self, pages: usize) -> Self {
        self.listing.pages_ahead = Some(pages);
        self
    }

    /// Sends the request: `GET /workflow-library/triggers`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::WorkflowLibraryTrigger>,
            crate::SdkError<ListWorkflowLibraryTriggersError>,
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
            crate::Page<models::WorkflowLibraryTrigger>,
            crate::SdkError<ListWorkflowLibraryTriggersError>,
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
            models::WorkflowLibraryTrigger,
            crate::SdkError<ListWorkflowLibraryTriggersError>,
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
            crate::Response<Vec<models::WorkflowLibraryTrigger>>,
            crate::SdkError<ListWorkflowLibraryTriggersError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "listWorkflowLibraryTriggers",
            self.options,
            move |client| {
                let path = "/workflow-library/triggers";
                let mut request = client.request(reqwest::Method::GET, path);
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
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`WorkflowsApi::list_workflow_library_operators`](WorkflowsApi::list_workflow_library_operators), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type ListWorkflowLibraryOperatorsError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`WorkflowsApi::list_workflow_library_operators`](WorkflowsApi::list_workflow_library_operators): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListWorkflowLibraryOperators {
    client: crate::Client,
    options: crate::request::Options,
}

impl ListWorkflowLibraryOperators {
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

    /// Sends the request: `GET /workflow-library/operators`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::WorkflowLibraryOperator>,
            crate::SdkError<ListWorkflowLibraryOperatorsError>,
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
            crate::Response<Vec<models::WorkflowLibraryOperator>>,
            crate::SdkError<ListWorkflowLibraryOperatorsError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "listWorkflowLibraryOperators",
            self.options,
            move |client| {
                let path = "/workflow-library/operators";
                let mut request = client.request(reqwest::Method::GET, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`WorkflowsApi::post_workflow_external_trigger`](WorkflowsApi::post_workflow_external_trigger), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type PostWorkflowExternalTriggerError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`WorkflowsApi::post_workflow_external_trigger`](WorkflowsApi::post_workflow_external_trigger): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PostWorkflowExternalTrigger {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl PostWorkflowExternalTrigger {
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

    /// Sends the request: `POST /workflows/{id}/external/oauth-clients`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::WorkflowOAuthClient,
            crate::SdkError<PostWorkflowExternalTriggerError>,
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
            crate::Response<models::WorkflowOAuthClient>,
            crate::SdkError<PostWorkflowExternalTriggerError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "postWorkflowExternalTrigger",
            self.options,
            move |client| {
                let path = [
                    "/workflows/",
                    &crate::request::path_segment(&self.id),
                    "/external/oauth-clients",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`WorkflowsApi::post_external_execute_workflow`](WorkflowsApi::post_external_execute_workflow), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type PostExternalExecuteWorkflowError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`WorkflowsApi::post_external_execute_workflow`](WorkflowsApi::post_external_execute_workflow): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PostExternalExecuteWorkflow {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    post_external_execute_workflow_request: Option<
        models::PostExternalExecuteWorkflowRequest,
    >,
}

impl PostExternalExecuteWorkflow {
    /// The request body.
    #[inline]
    pub fn post_external_execute_workflow_request(
        mut self,
        post_external_execute_workflow_request: models::PostExternalExecuteWorkflowRequest,
    ) -> Self {
        self.post_external_execute_workflow_request = Some(
            post_external_execute_workflow_request,
        );
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

    /// Sends the request: `POST /workflows/execute/external/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::PostExternalExecuteWorkflow200Response,
            crate::SdkError<PostExternalExecuteWorkflowError>,
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
            crate::Response<models::PostExternalExecuteWorkflow200Response>,
            crate::SdkError<PostExternalExecuteWorkflowError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "postExternalExecuteWorkflow",
            self.options,
            move |client| {
                let path = [
                    "/workflows/execute/external/",
                    &crate::request::path_segment(&self.id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                if let Some(value) = &self.post_external_execute_workflow_request {
                    request = crate::request::with_json(
                        "postExternalExecuteWorkflow",
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

/// The error statuses of [`WorkflowsApi::test_external_execute_workflow`](WorkflowsApi::test_external_execute_workflow), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type TestExternalExecuteWorkflowError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`WorkflowsApi::test_external_execute_workflow`](WorkflowsApi::test_external_execute_workflow): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct TestExternalExecuteWorkflow {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    test_external_execute_workflow_request: Option<
        models::TestExternalExecuteWorkflowRequest,
    >,
}

impl TestExternalExecuteWorkflow {
    /// The request body.
    #[inline]
    pub fn test_external_execute_workflow_request(
        mut self,
        test_external_execute_workflow_request: models::TestExternalExecuteWorkflowRequest,
    ) -> Self {
        self.test_external_execute_workflow_request = Some(
            test_external_execute_workflow_request,
        );
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

    /// Sends the request: `POST /workflows/execute/external/{id}/test`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::TestExternalExecuteWorkflow200Response,
            crate::SdkError<TestExternalExecuteWorkflowError>,
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
            crate::Response<models::TestExternalExecuteWorkflow200Response>,
            crate::SdkError<TestExternalExecuteWorkflowError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "testExternalExecuteWorkflow",
            self.options,
            move |client| {
                let path = [
                    "/workflows/execute/external/",
                    &crate::request::path_segment(&self.id),
                    "/test",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                if let Some(value) = &self.test_external_execute_workflow_request {
                    request = crate::request::with_json(
                        "testExternalExecuteWorkflow",
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
