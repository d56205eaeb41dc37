//! Use this API to implement connector rule management functionality.
//! With this functionality in place, administrators can implement connector-executed rules in a programmatic, scalable way.
//!
//! In Identity Security Cloud (ISC), [rules](https://developer.sailpoint.com/docs/extensibility/rules) serve as a flexible configuration framework you can leverage to perform complex or advanced configurations.
//! [Connector-executed rules](https://developer.sailpoint.com/docs/extensibility/rules/connector-rules) are rules that are executed in the ISC virtual appliance (VA), usually extensions of the [connector](https://documentation.sailpoint.com/connectors/isc/landingpages/help/landingpages/isc_landing.html) itself, the bridge between the data source and ISC.
//! This API allows administrators to view existing connector-executed rules, make changes to them, delete them, and create new ones from the available types.

use crate::models;

/// The Connector Rule Management operations: get them from [`Client::connector_rule_management`](crate::Client::connector_rule_management).
#[derive(Debug, Clone, Copy)]
pub struct ConnectorRuleManagementApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Connector Rule Management operations.
    #[inline]
    pub fn connector_rule_management(&self) -> ConnectorRuleManagementApi<'_> {
        ConnectorRuleManagementApi {
            client: self,
        }
    }
}

impl<'a> ConnectorRuleManagementApi<'a> {
    /// List connector rules
    ///
    /// Returns the list of connector rules.
    /// A token with ORG_ADMIN authority is required to call this API.
    ///
    /// `GET /connector-rules` (`getConnectorRuleList`)
    #[inline]
    pub fn get_connector_rule_list(&self) -> GetConnectorRuleList {
        GetConnectorRuleList {
            client: self.client.clone(),
            options: crate::request::Options::default(),
        }
    }

    /// Create connector rule
    ///
    /// Creates a new connector rule.
    /// A token with ORG_ADMIN authority is required to call this API.
    ///
    /// `POST /connector-rules` (`createConnectorRule`)
    #[inline]
    pub fn create_connector_rule(
        &self,
        connector_rule_create_request: models::ConnectorRuleCreateRequest,
    ) -> CreateConnectorRule {
        CreateConnectorRule {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            connector_rule_create_request,
        }
    }

    /// Connector-rule by id
    ///
    /// Returns the connector rule specified by ID.
    /// A token with ORG_ADMIN authority is required to call this API.
    ///
    /// `GET /connector-rules/{id}` (`getConnectorRule`)
    #[inline]
    pub fn get_connector_rule(&self, id: impl Into<String>) -> GetConnectorRule {
        GetConnectorRule {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Update a connector rule
    ///
    /// Updates an existing connector rule with the one provided in the request body. Note that the fields 'id', 'name', and 'type' are immutable.
    /// A token with ORG_ADMIN authority is required to call this API.
    ///
    /// `PUT /connector-rules/{id}` (`updateConnectorRule`)
    #[inline]
    pub fn update_connector_rule(&self, id: impl Into<String>) -> UpdateConnectorRule {
        UpdateConnectorRule {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            connector_rule_update_request: None,
        }
    }

    /// Delete a connector-rule
    ///
    /// Deletes the connector rule specified by the given ID.
    /// A token with ORG_ADMIN authority is required to call this API.
    ///
    /// `DELETE /connector-rules/{id}` (`deleteConnectorRule`)
    #[inline]
    pub fn delete_connector_rule(&self, id: impl Into<String>) -> DeleteConnectorRule {
        DeleteConnectorRule {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Validate connector rule
    ///
    /// Returns a list of issues within the code to fix, if any.
    /// A token with ORG_ADMIN authority is required to call this API.
    ///
    /// `POST /connector-rules/validate` (`validateConnectorRule`)
    #[inline]
    pub fn validate_connector_rule(
        &self,
        source_code: models::SourceCode,
    ) -> ValidateConnectorRule {
        ValidateConnectorRule {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_code,
        }
    }
}

/// The error statuses of [`ConnectorRuleManagementApi::get_connector_rule_list`](ConnectorRuleManagementApi::get_connector_rule_list), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetConnectorRuleListError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`ConnectorRuleManagementApi::get_connector_rule_list`](ConnectorRuleManagementApi::get_connector_rule_list): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetConnectorRuleList {
    client: crate::Client,
    options: crate::request::Options,
}

impl GetConnectorRuleList {
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

    /// Sends the request: `GET /connector-rules`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::ConnectorRuleResponse>,
            crate::SdkError<GetConnectorRuleListError>,
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
            crate::Response<Vec<models::ConnectorRuleResponse>>,
            crate::SdkError<GetConnectorRuleListError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getConnectorRuleList",
            self.options,
            move |client| {
                let path = "/connector-rules";
                let mut request = client.request(reqwest::Method::GET, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`ConnectorRuleManagementApi::create_connector_rule`](ConnectorRuleManagementApi::create_connector_rule), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type CreateConnectorRuleError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`ConnectorRuleManagementApi::create_connector_rule`](ConnectorRuleManagementApi::create_connector_rule): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateConnectorRule {
    client: crate::Client,
    options: crate::request::Options,
    connector_rule_create_request: models::ConnectorRuleCreateRequest,
}

impl CreateConnectorRule {
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

    /// Sends the request: `POST /connector-rules`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::ConnectorRuleResponse,
            crate::SdkError<CreateConnectorRuleError>,
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
            crate::Response<models::ConnectorRuleResponse>,
            crate::SdkError<CreateConnectorRuleError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createConnectorRule",
            self.options,
            move |client| {
                let path = "/connector-rules";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.connector_rule_create_request;
                    request = crate::request::with_json(
                        "createConnectorRule",
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

/// The error statuses of [`ConnectorRuleManagementApi::get_connector_rule`](ConnectorRuleManagementApi::get_connector_rule), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetConnectorRuleError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`ConnectorRuleManagementApi::get_connector_rule`](ConnectorRuleManagementApi::get_connector_rule): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetConnectorRule {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl GetConnectorRule {
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

    /// Sends the request: `GET /connector-rules/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::ConnectorRuleResponse,
            crate::SdkError<GetConnectorRuleError>,
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
            crate::Response<models::ConnectorRuleResponse>,
            crate::SdkError<GetConnectorRuleError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getConnectorRule",
            self.options,
            move |client| {
                let path = ["/connector-rules/", &crate::request::path_segment(&self.id)]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`ConnectorRuleManagementApi::update_connector_rule`](ConnectorRuleManagementApi::update_connector_rule), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type UpdateConnectorRuleError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`ConnectorRuleManagementApi::update_connector_rule`](ConnectorRuleManagementApi::update_connector_rule): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateConnectorRule {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    connector_rule_update_request: Option<models::ConnectorRuleUpdateRequest>,
}

impl UpdateConnectorRule {
    /// The connector rule with updated data
    #[inline]
    pub fn connector_rule_update_request(
        mut self,
        connector_rule_update_request: models::ConnectorRuleUpdateRequest,
    ) -> Self {
        self.connector_rule_update_request = Some(connector_rule_update_request);
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

    /// Sends the request: `PUT /connector-rules/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::ConnectorRuleResponse,
            crate::SdkError<UpdateConnectorRuleError>,
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
            crate::Response<models::ConnectorRuleResponse>,
            crate::SdkError<UpdateConnectorRuleError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "updateConnectorRule",
            self.options,
            move |client| {
                let path = ["/connector-rules/", &crate::request::path_segment(&self.id)]
                    .concat();
                let mut request = client.request(reqwest::Method::PUT, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                if let Some(value) = &self.connector_rule_update_request {
                    request = crate::request::with_json(
                        "updateConnectorRule",
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

/// The error statuses of [`ConnectorRuleManagementApi::delete_connector_rule`](ConnectorRuleManagementApi::delete_connector_rule), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type DeleteConnectorRuleError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`ConnectorRuleManagementApi::delete_connector_rule`](ConnectorRuleManagementApi::delete_connector_rule): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteConnectorRule {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl DeleteConnectorRule {
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

    /// Sends the request: `DELETE /connector-rules/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<(), crate::SdkError<DeleteConnectorRuleError>>> {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<crate::Response<()>, crate::SdkError<DeleteConnectorRuleError>>,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "deleteConnectorRule",
            self.options,
            move |client| {
                let path = ["/connector-rules/", &crate::request::path_segment(&self.id)]
                    .concat();
                let request = client.request(reqwest::Method::DELETE, &path);
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`ConnectorRuleManagementApi::validate_connector_rule`](ConnectorRuleManagementApi::validate_connector_rule), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type ValidateConnectorRuleError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`ConnectorRuleManagementApi::validate_connector_rule`](ConnectorRuleManagementApi::validate_connector_rule): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ValidateConnectorRule {
    client: crate::Client,
    options: crate::request::Options,
    source_code: models::SourceCode,
}

impl ValidateConnectorRule {
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

    /// Sends the request: `POST /connector-rules/validate`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::ConnectorRuleValidationResponse,
            crate::SdkError<ValidateConnectorRuleError>,
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
            crate::Response<models::ConnectorRuleValidationResponse>,
            crate::SdkError<ValidateConnectorRuleError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "validateConnectorRule",
            self.options,
            move |client| {
                let path = "/connector-rules/validate";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.source_code;
                    request = crate::request::with_json(
                        "validateConnectorRule",
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
