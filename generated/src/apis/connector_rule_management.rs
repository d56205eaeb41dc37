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
    pub fn get_connector_rule_list(&self) -> GetConnectorRuleList<'a> {
        GetConnectorRuleList {
            client: self.client,
        }
    }

    /// Create connector rule
    ///
    /// Creates a new connector rule.
    /// A token with ORG_ADMIN authority is required to call this API.
    ///
    /// `POST /connector-rules` (`createConnectorRule`)
    pub fn create_connector_rule(
        &self,
        connector_rule_create_request: models::ConnectorRuleCreateRequest,
    ) -> CreateConnectorRule<'a> {
        CreateConnectorRule {
            client: self.client,
            connector_rule_create_request,
        }
    }

    /// Connector-rule by id
    ///
    /// Returns the connector rule specified by ID.
    /// A token with ORG_ADMIN authority is required to call this API.
    ///
    /// `GET /connector-rules/{id}` (`getConnectorRule`)
    pub fn get_connector_rule(&self, id: impl Into<String>) -> GetConnectorRule<'a> {
        GetConnectorRule {
            client: self.client,
            id: id.into(),
        }
    }

    /// Update a connector rule
    ///
    /// Updates an existing connector rule with the one provided in the request body. Note that the fields 'id', 'name', and 'type' are immutable.
    /// A token with ORG_ADMIN authority is required to call this API.
    ///
    /// `PUT /connector-rules/{id}` (`updateConnectorRule`)
    pub fn update_connector_rule(
        &self,
        id: impl Into<String>,
    ) -> UpdateConnectorRule<'a> {
        UpdateConnectorRule {
            client: self.client,
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
    pub fn delete_connector_rule(
        &self,
        id: impl Into<String>,
    ) -> DeleteConnectorRule<'a> {
        DeleteConnectorRule {
            client: self.client,
            id: id.into(),
        }
    }

    /// Validate connector rule
    ///
    /// Returns a list of issues within the code to fix, if any.
    /// A token with ORG_ADMIN authority is required to call this API.
    ///
    /// `POST /connector-rules/validate` (`validateConnectorRule`)
    pub fn validate_connector_rule(
        &self,
        source_code: models::SourceCode,
    ) -> ValidateConnectorRule<'a> {
        ValidateConnectorRule {
            client: self.client,
            source_code,
        }
    }
}

/// The request of [`ConnectorRuleManagementApi::get_connector_rule_list`](ConnectorRuleManagementApi::get_connector_rule_list): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetConnectorRuleList<'a> {
    client: &'a crate::Client,
}

impl GetConnectorRuleList<'_> {
    /// Sends the request: `GET /connector-rules`.
    pub async fn send(self) -> Result<Vec<models::ConnectorRuleResponse>, crate::Error> {
        let path = "/connector-rules";
        let mut request = self.client.request(reqwest::Method::GET, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("getConnectorRuleList", request).await?;
        crate::request::json("getConnectorRuleList", response).await
    }
}

/// The request of [`ConnectorRuleManagementApi::create_connector_rule`](ConnectorRuleManagementApi::create_connector_rule): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateConnectorRule<'a> {
    client: &'a crate::Client,
    connector_rule_create_request: models::ConnectorRuleCreateRequest,
}

impl CreateConnectorRule<'_> {
    /// Sends the request: `POST /connector-rules`.
    pub async fn send(self) -> Result<models::ConnectorRuleResponse, crate::Error> {
        let path = "/connector-rules";
        let mut request = self.client.request(reqwest::Method::POST, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.connector_rule_create_request;
            request = crate::request::with_json(
                "createConnectorRule",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self.client.execute("createConnectorRule", request).await?;
        crate::request::json("createConnectorRule", response).await
    }
}

/// The request of [`ConnectorRuleManagementApi::get_connector_rule`](ConnectorRuleManagementApi::get_connector_rule): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetConnectorRule<'a> {
    client: &'a crate::Client,
    id: String,
}

impl GetConnectorRule<'_> {
    /// Sends the request: `GET /connector-rules/{id}`.
    pub async fn send(self) -> Result<models::ConnectorRuleResponse, crate::Error> {
        let path = ["/connector-rules/", &crate::request::path_segment(&self.id)]
            .concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("getConnectorRule", request).await?;
        crate::request::json("getConnectorRule", response).await
    }
}

/// The request of [`ConnectorRuleManagementApi::update_connector_rule`](ConnectorRuleManagementApi::update_connector_rule): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateConnectorRule<'a> {
    client: &'a crate::Client,
    id: String,
    connector_rule_update_request: Option<models::ConnectorRuleUpdateRequest>,
}

impl UpdateConnectorRule<'_> {
    /// The connector rule with updated data
    pub fn connector_rule_update_request(
        mut self,
        connector_rule_update_request: models::ConnectorRuleUpdateRequest,
    ) -> Self {
        self.connector_rule_update_request = Some(connector_rule_update_request);
        self
    }

    /// Sends the request: `PUT /connector-rules/{id}`.
    pub async fn send(self) -> Result<models::ConnectorRuleResponse, crate::Error> {
        let path = ["/connector-rules/", &crate::request::path_segment(&self.id)]
            .concat();
        let mut request = self.client.request(reqwest::Method::PUT, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        if let Some(value) = self.connector_rule_update_request {
            request = crate::request::with_json(
                "updateConnectorRule",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self.client.execute("updateConnectorRule", request).await?;
        crate::request::json("updateConnectorRule", response).await
    }
}

/// The request of [`ConnectorRuleManagementApi::delete_connector_rule`](ConnectorRuleManagementApi::delete_connector_rule): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteConnectorRule<'a> {
    client: &'a crate::Client,
    id: String,
}

impl DeleteConnectorRule<'_> {
    /// Sends the request: `DELETE /connector-rules/{id}`.
    pub async fn send(self) -> Result<(), crate::Error> {
        let path = ["/connector-rules/", &crate::request::path_segment(&self.id)]
            .concat();
        let request = self.client.request(reqwest::Method::DELETE, &path);
        let response = self.client.execute("deleteConnectorRule", request).await?;
        crate::request::empty("deleteConnectorRule", response).await
    }
}

/// The request of [`ConnectorRuleManagementApi::validate_connector_rule`](ConnectorRuleManagementApi::validate_connector_rule): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ValidateConnectorRule<'a> {
    client: &'a crate::Client,
    source_code: models::SourceCode,
}

impl ValidateConnectorRule<'_> {
    /// Sends the request: `POST /connector-rules/validate`.
    pub async fn send(
        self,
    ) -> Result<models::ConnectorRuleValidationResponse, crate::Error> {
        let path = "/connector-rules/validate";
        let mut request = self.client.request(reqwest::Method::POST, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.source_code;
            request = crate::request::with_json(
                "validateConnectorRule",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self.client.execute("validateConnectorRule", request).await?;
        crate::request::json("validateConnectorRule", response).await
    }
}
