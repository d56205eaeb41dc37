//! Use this API to administer IdentityNow's Service Integration Module, or SIM integration with ServiceNow, so that it converts IdentityNow provisioning actions into tickets in ServiceNow.
//!
//! ServiceNow is a software platform that supports IT service management and automates common business processes for requesting and fulfilling service requests across a business enterprise.
//!
//! You must have an IdentityNow ServiceNow ServiceDesk license to use this integration. Contact your Customer Success Manager for more information.
//!
//! Service Desk integration for IdentityNow and in deprecation - not available for new implementation, as of July 21st, 2021. As per SailPoint's [support policy](https://community.sailpoint.com/t5/Connector-Directory/SailPoint-Support-Policy-for-Connectivity/ta-p/79422), all existing SailPoint IdentityNow customers using this legacy integration will be supported until July 2022.

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
    /// Get the details of a SIM integration.
    ///
    /// `GET /sim-integrations/v1/{id}` (`getSIMIntegrationV1`)
    #[inline]
    pub fn get_sim_integration_v1(&self, id: impl Into<String>) -> GetSimIntegrationV1 {
        GetSimIntegrationV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Update an existing sim integration
    ///
    /// Update an existing SIM integration.
    ///
    /// `PUT /sim-integrations/v1/{id}` (`putSIMIntegrationV1`)
    #[inline]
    pub fn put_sim_integration_v1(
        &self,
        id: impl Into<String>,
        simintegrationdetails: models::Simintegrationdetails,
    ) -> PutSimIntegrationV1 {
        PutSimIntegrationV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            simintegrationdetails,
        }
    }

    /// Delete a sim integration
    ///
    /// Get the details of a SIM integration.
    ///
    /// `DELETE /sim-integrations/v1/{id}` (`deleteSIMIntegrationV1`)
    #[inline]
    pub fn delete_sim_integration_v1(
        &self,
        id: impl Into<String>,
    ) -> DeleteSimIntegrationV1 {
        DeleteSimIntegrationV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Patch a sim attribute.
    ///
    /// Patch a SIM attribute given a JsonPatch object.
    ///
    /// `PATCH /sim-integrations/v1/{id}` (`patchSIMAttributesV1`)
    #[inline]
    pub fn patch_sim_attributes_v1(
        &self,
        id: impl Into<String>,
        jsonpatch: models::Jsonpatch,
    ) -> PatchSimAttributesV1 {
        PatchSimAttributesV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            jsonpatch,
        }
    }

    /// Patch a sim beforeprovisioningrule attribute.
    ///
    /// Patch a SIM beforeProvisioningRule attribute given a JsonPatch object.
    ///
    /// `PATCH /sim-integrations/v1/{id}/beforeProvisioningRule` (`patchBeforeProvisioningRuleV1`)
    #[inline]
    pub fn patch_before_provisioning_rule_v1(
        &self,
        id: impl Into<String>,
        jsonpatch: models::Jsonpatch,
    ) -> PatchBeforeProvisioningRuleV1 {
        PatchBeforeProvisioningRuleV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            jsonpatch,
        }
    }

    /// List the existing sim integrations.
    ///
    /// List the existing SIM integrations.
    ///
    /// `GET /sim-integrations/v1` (`getSIMIntegrationsV1`)
    #[inline]
    pub fn get_sim_integrations_v1(&self) -> GetSimIntegrationsV1 {
        GetSimIntegrationsV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
        }
    }

    /// Create new sim integration
    ///
    /// Create a new SIM Integrations.
    ///
    /// `POST /sim-integrations/v1` (`createSIMIntegrationV1`)
    #[inline]
    pub fn create_sim_integration_v1(
        &self,
        simintegrationdetails: models::Simintegrationdetails,
    ) -> CreateSimIntegrationV1 {
        CreateSimIntegrationV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            simintegrationdetails,
        }
    }
}

/// The error statuses of [`SimIntegrationsApi::get_sim_integration_v1`](SimIntegrationsApi::get_sim_integration_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetSimIntegrationV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SimIntegrationsApi::get_sim_integration_v1`](SimIntegrationsApi::get_sim_integration_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetSimIntegrationV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl GetSimIntegrationV1 {
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

    /// Sends the request: `GET /sim-integrations/v1/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::SimIntegrationsServicedeskintegrationdto,
            crate::SdkError<GetSimIntegrationV1Error>,
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
            crate::Response<models::SimIntegrationsServicedeskintegrationdto>,
            crate::SdkError<GetSimIntegrationV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getSIMIntegrationV1",
            self.options,
            move |client| {
                let path = [
                    "/sim-integrations/v1/",
                    &crate::request::path_segment(&self.id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SimIntegrationsApi::put_sim_integration_v1`](SimIntegrationsApi::put_sim_integration_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type PutSimIntegrationV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SimIntegrationsApi::put_sim_integration_v1`](SimIntegrationsApi::put_sim_integration_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PutSimIntegrationV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    simintegrationdetails: models::Simintegrationdetails,
}

impl PutSimIntegrationV1 {
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

    /// Sends the request: `PUT /sim-integrations/v1/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::SimIntegrationsServicedeskintegrationdto,
            crate::SdkError<PutSimIntegrationV1Error>,
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
            crate::Response<models::SimIntegrationsServicedeskintegrationdto>,
            crate::SdkError<PutSimIntegrationV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "putSIMIntegrationV1",
            self.options,
            move |client| {
                let path = [
                    "/sim-integrations/v1/",
                    &crate::request::path_segment(&self.id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PUT, &path);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.simintegrationdetails;
                    request = crate::request::with_json(
                        "putSIMIntegrationV1",
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

/// The error statuses of [`SimIntegrationsApi::delete_sim_integration_v1`](SimIntegrationsApi::delete_sim_integration_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type DeleteSimIntegrationV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SimIntegrationsApi::delete_sim_integration_v1`](SimIntegrationsApi::delete_sim_integration_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteSimIntegrationV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl DeleteSimIntegrationV1 {
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

    /// Sends the request: `DELETE /sim-integrations/v1/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<(), crate::SdkError<DeleteSimIntegrationV1Error>>> {
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
            crate::SdkError<DeleteSimIntegrationV1Error>,
        >,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "deleteSIMIntegrationV1",
            self.options,
            move |client| {
                let path = [
                    "/sim-integrations/v1/",
                    &crate::request::path_segment(&self.id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::DELETE, &path);
                request = request.header("X-SailPoint-Experimental", "true");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SimIntegrationsApi::patch_sim_attributes_v1`](SimIntegrationsApi::patch_sim_attributes_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type PatchSimAttributesV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SimIntegrationsApi::patch_sim_attributes_v1`](SimIntegrationsApi::patch_sim_attributes_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PatchSimAttributesV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    jsonpatch: models::Jsonpatch,
}

impl PatchSimAttributesV1 {
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

    /// Sends the request: `PATCH /sim-integrations/v1/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::SimIntegrationsServicedeskintegrationdto,
            crate::SdkError<PatchSimAttributesV1Error>,
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
            crate::Response<models::SimIntegrationsServicedeskintegrationdto>,
            crate::SdkError<PatchSimAttributesV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "patchSIMAttributesV1",
            self.options,
            move |client| {
                let path = [
                    "/sim-integrations/v1/",
                    &crate::request::path_segment(&self.id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PATCH, &path);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.jsonpatch;
                    request = crate::request::with_json(
                        "patchSIMAttributesV1",
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

/// The error statuses of [`SimIntegrationsApi::patch_before_provisioning_rule_v1`](SimIntegrationsApi::patch_before_provisioning_rule_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type PatchBeforeProvisioningRuleV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SimIntegrationsApi::patch_before_provisioning_rule_v1`](SimIntegrationsApi::patch_before_provisioning_rule_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PatchBeforeProvisioningRuleV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    jsonpatch: models::Jsonpatch,
}

impl PatchBeforeProvisioningRuleV1 {
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

    /// Sends the request: `PATCH /sim-integrations/v1/{id}/beforeProvisioningRule`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::SimIntegrationsServicedeskintegrationdto,
            crate::SdkError<PatchBeforeProvisioningRuleV1Error>,
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
            crate::Response<models::SimIntegrationsServicedeskintegrationdto>,
            crate::SdkError<PatchBeforeProvisioningRuleV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "patchBeforeProvisioningRuleV1",
            self.options,
            move |client| {
                let path = [
                    "/sim-integrations/v1/",
                    &crate::request::path_segment(&self.id),
                    "/beforeProvisioningRule",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PATCH, &path);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.jsonpatch;
                    request = crate::request::with_json(
                        "patchBeforeProvisioningRuleV1",
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

/// The error statuses of [`SimIntegrationsApi::get_sim_integrations_v1`](SimIntegrationsApi::get_sim_integrations_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetSimIntegrationsV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SimIntegrationsApi::get_sim_integrations_v1`](SimIntegrationsApi::get_sim_integrations_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetSimIntegrationsV1 {
    client: crate::Client,
    options: crate::request::Options,
}

impl GetSimIntegrationsV1 {
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

    /// Sends the request: `GET /sim-integrations/v1`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::SimIntegrationsServicedeskintegrationdto>,
            crate::SdkError<GetSimIntegrationsV1Error>,
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
            crate::Response<Vec<models::SimIntegrationsServicedeskintegrationdto>>,
            crate::SdkError<GetSimIntegrationsV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getSIMIntegrationsV1",
            self.options,
            move |client| {
                let path = "/sim-integrations/v1";
                let mut request = client.request(reqwest::Method::GET, path);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SimIntegrationsApi::create_sim_integration_v1`](SimIntegrationsApi::create_sim_integration_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type CreateSimIntegrationV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SimIntegrationsApi::create_sim_integration_v1`](SimIntegrationsApi::create_sim_integration_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateSimIntegrationV1 {
    client: crate::Client,
    options: crate::request::Options,
    simintegrationdetails: models::Simintegrationdetails,
}

impl CreateSimIntegrationV1 {
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

    /// Sends the request: `POST /sim-integrations/v1`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::SimIntegrationsServicedeskintegrationdto,
            crate::SdkError<CreateSimIntegrationV1Error>,
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
            crate::Response<models::SimIntegrationsServicedeskintegrationdto>,
            crate::SdkError<CreateSimIntegrationV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createSIMIntegrationV1",
            self.options,
            move |client| {
                let path = "/sim-integrations/v1";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.simintegrationdetails;
                    request = crate::request::with_json(
                        "createSIMIntegrationV1",
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
