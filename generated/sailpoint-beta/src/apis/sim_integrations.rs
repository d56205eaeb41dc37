//! Use this API to administer IdentityNow's Service Integration Module, or SIM integration with ServiceNow, so that it converts IdentityNow provisioning actions into tickets in ServiceNow.
//!
//! ServiceNow is a software platform that supports IT service management and automates common business processes for requesting and fulfilling service requests across a business enterprise.
//!
//! You must have an IdentityNow ServiceNow ServiceDesk license to use this integration. Contact your Customer Success Manager for more information.
//!
//! Service Desk integration for IdentityNow and in deprecation - not available for new implementation, as of July 21st, 2021. As per SailPoint’s [support policy](https://community.sailpoint.com/t5/Connector-Directory/SailPoint-Support-Policy-for-Connectivity/ta-p/79422), all existing SailPoint IdentityNow customers using this legacy integration will be supported until July 2022.

use crate::models;

/// The SIM Integrations operations: get them from [`Client::sim_integrations`](crate::Client::sim_integrations).
#[derive(Debug, Clone, Copy)]
pub struct SimIntegrationsApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The SIM Integrations operations.
    #[inline]
    pub fn sim_integrations(&self) -> SimIntegrationsApi<'_> {
        SimIntegrationsApi { client: self }
    }
}

impl<'a> SimIntegrationsApi<'a> {
    /// Get a sim integration details.
    ///
    /// Get the details of a SIM integration. A token with Org Admin or Service Desk Admin authority is required to access this endpoint.
    ///
    /// `GET /sim-integrations/{id}` (`getSIMIntegration`)
    #[inline]
    pub fn get_sim_integration(&self, id: impl Into<String>) -> GetSimIntegration {
        GetSimIntegration {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Update an existing sim integration
    ///
    /// Update an existing SIM integration.  A token with Org Admin or Service Desk Admin authority is required to access this endpoint.
    ///
    /// `PUT /sim-integrations/{id}` (`putSIMIntegration`)
    #[inline]
    pub fn put_sim_integration(
        &self,
        id: impl Into<String>,
        sim_integration_details: models::SimIntegrationDetails,
    ) -> PutSimIntegration {
        PutSimIntegration {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            sim_integration_details,
        }
    }

    /// Delete a sim integration
    ///
    /// Get the details of a SIM integration. A token with Org Admin or Service Desk Admin authority is required to access this endpoint.
    ///
    /// `DELETE /sim-integrations/{id}` (`deleteSIMIntegration`)
    #[inline]
    pub fn delete_sim_integration(&self, id: impl Into<String>) -> DeleteSimIntegration {
        DeleteSimIntegration {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Patch a sim attribute.
    ///
    /// Patch a SIM attribute given a JsonPatch object. A token with Org Admin or Service Desk Admin authority is required to access this endpoint.
    ///
    /// `PATCH /sim-integrations/{id}` (`patchSIMAttributes`)
    #[inline]
    pub fn patch_sim_attributes(
        &self,
        id: impl Into<String>,
        json_patch: models::JsonPatch,
    ) -> PatchSimAttributes {
        PatchSimAttributes {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            json_patch,
        }
    }

    /// Patch a sim beforeprovisioningrule attribute.
    ///
    /// Patch a SIM beforeProvisioningRule attribute given a JsonPatch object. A token with Org Admin or Service Desk Admin authority is required to access this endpoint.
    ///
    /// `PATCH /sim-integrations/{id}/beforeProvisioningRule` (`patchBeforeProvisioningRule`)
    #[inline]
    pub fn patch_before_provisioning_rule(
        &self,
        id: impl Into<String>,
        json_patch: models::JsonPatch,
    ) -> PatchBeforeProvisioningRule {
        PatchBeforeProvisioningRule {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            json_patch,
        }
    }

    /// List the existing sim integrations.
    ///
    /// List the existing SIM integrations. A token with Org Admin or Service Desk Admin authority is required to access this endpoint.
    ///
    /// `GET /sim-integrations` (`getSIMIntegrations`)
    #[inline]
    pub fn get_sim_integrations(&self) -> GetSimIntegrations {
        GetSimIntegrations {
            client: self.client.clone(),
            options: crate::request::Options::default(),
        }
    }

    /// Create new sim integration
    ///
    /// Create a new SIM Integrations.  A token with Org Admin or Service Desk Admin authority is required to access this endpoint.
    ///
    /// `POST /sim-integrations` (`createSIMIntegration`)
    #[inline]
    pub fn create_sim_integration(
        &self,
        sim_integration_details: models::SimIntegrationDetails,
    ) -> CreateSimIntegration {
        CreateSimIntegration {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            sim_integration_details,
        }
    }
}

/// The error statuses of [`SimIntegrationsApi::get_sim_integration`](SimIntegrationsApi::get_sim_integration), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetSimIntegrationError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SimIntegrationsApi::get_sim_integration`](SimIntegrationsApi::get_sim_integration): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetSimIntegration {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl GetSimIntegration {
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

    /// Sends the request: `GET /sim-integrations/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::ServiceDeskIntegrationDto,
            crate::SdkError<GetSimIntegrationError>,
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
            crate::Response<models::ServiceDeskIntegrationDto>,
            crate::SdkError<GetSimIntegrationError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getSIMIntegration",
            self.options,
            move |client| {
                let path = [
                    "/sim-integrations/",
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

/// The error statuses of [`SimIntegrationsApi::put_sim_integration`](SimIntegrationsApi::put_sim_integration), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type PutSimIntegrationError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SimIntegrationsApi::put_sim_integration`](SimIntegrationsApi::put_sim_integration): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PutSimIntegration {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    sim_integration_details: models::SimIntegrationDetails,
}

impl PutSimIntegration {
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

    /// Sends the request: `PUT /sim-integrations/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::ServiceDeskIntegrationDto,
            crate::SdkError<PutSimIntegrationError>,
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
            crate::Response<models::ServiceDeskIntegrationDto>,
            crate::SdkError<PutSimIntegrationError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "putSIMIntegration",
            self.options,
            move |client| {
                let path = [
                    "/sim-integrations/",
                    &crate::request::path_segment(&self.id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PUT, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.sim_integration_details;
                    request = crate::request::with_json(
                        "putSIMIntegration",
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

/// The error statuses of [`SimIntegrationsApi::delete_sim_integration`](SimIntegrationsApi::delete_sim_integration), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type DeleteSimIntegrationError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SimIntegrationsApi::delete_sim_integration`](SimIntegrationsApi::delete_sim_integration): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteSimIntegration {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl DeleteSimIntegration {
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

    /// Sends the request: `DELETE /sim-integrations/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<(), crate::SdkError<DeleteSimIntegrationError>>> {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<crate::Response<()>, crate::SdkError<DeleteSimIntegrationError>>,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "deleteSIMIntegration",
            self.options,
            move |client| {
                let path = [
                    "/sim-integrations/",
                    &crate::request::path_segment(&self.id),
                ]
                    .concat();
                let request = client.request(reqwest::Method::DELETE, &path);
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SimIntegrationsApi::patch_sim_attributes`](SimIntegrationsApi::patch_sim_attributes), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type PatchSimAttributesError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SimIntegrationsApi::patch_sim_attributes`](SimIntegrationsApi::patch_sim_attributes): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PatchSimAttributes {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    json_patch: models::JsonPatch,
}

impl PatchSimAttributes {
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

    /// Sends the request: `PATCH /sim-integrations/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::ServiceDeskIntegrationDto,
            crate::SdkError<PatchSimAttributesError>,
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
            crate::Response<models::ServiceDeskIntegrationDto>,
            crate::SdkError<PatchSimAttributesError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "patchSIMAttributes",
            self.options,
            move |client| {
                let path = [
                    "/sim-integrations/",
                    &crate::request::path_segment(&self.id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PATCH, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.json_patch;
                    request = crate::request::with_json(
                        "patchSIMAttributes",
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

/// The error statuses of [`SimIntegrationsApi::patch_before_provisioning_rule`](SimIntegrationsApi::patch_before_provisioning_rule), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type PatchBeforeProvisioningRuleError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SimIntegrationsApi::patch_before_provisioning_rule`](SimIntegrationsApi::patch_before_provisioning_rule): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PatchBeforeProvisioningRule {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    json_patch: models::JsonPatch,
}

impl PatchBeforeProvisioningRule {
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

    /// Sends the request: `PATCH /sim-integrations/{id}/beforeProvisioningRule`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::ServiceDeskIntegrationDto,
            crate::SdkError<PatchBeforeProvisioningRuleError>,
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
            crate::Response<models::ServiceDeskIntegrationDto>,
            crate::SdkError<PatchBeforeProvisioningRuleError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "patchBeforeProvisioningRule",
            self.options,
            move |client| {
                let path = [
                    "/sim-integrations/",
                    &crate::request::path_segment(&self.id),
                    "/beforeProvisioningRule",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PATCH, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.json_patch;
                    request = crate::request::with_json(
                        "patchBeforeProvisioningRule",
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

/// The error statuses of [`SimIntegrationsApi::get_sim_integrations`](SimIntegrationsApi::get_sim_integrations), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetSimIntegrationsError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SimIntegrationsApi::get_sim_integrations`](SimIntegrationsApi::get_sim_integrations): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetSimIntegrations {
    client: crate::Client,
    options: crate::request::Options,
}

impl GetSimIntegrations {
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

    /// Sends the request: `GET /sim-integrations`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::ServiceDeskIntegrationDto,
            crate::SdkError<GetSimIntegrationsError>,
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
            crate::Response<models::ServiceDeskIntegrationDto>,
            crate::SdkError<GetSimIntegrationsError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getSIMIntegrations",
            self.options,
            move |client| {
                let path = "/sim-integrations";
                let mut request = client.request(reqwest::Method::GET, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SimIntegrationsApi::create_sim_integration`](SimIntegrationsApi::create_sim_integration), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type CreateSimIntegrationError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SimIntegrationsApi::create_sim_integration`](SimIntegrationsApi::create_sim_integration): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateSimIntegration {
    client: crate::Client,
    options: crate::request::Options,
    sim_integration_details: models::SimIntegrationDetails,
}

impl CreateSimIntegration {
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

    /// Sends the request: `POST /sim-integrations`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::ServiceDeskIntegrationDto,
            crate::SdkError<CreateSimIntegrationError>,
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
            crate::Response<models::ServiceDeskIntegrationDto>,
            crate::SdkError<CreateSimIntegrationError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createSIMIntegration",
            self.options,
            move |client| {
                let path = "/sim-integrations";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.sim_integration_details;
                    request = crate::request::with_json(
                        "createSIMIntegration",
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
