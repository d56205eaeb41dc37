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
    pub fn get_sim_integration(&self, id: impl Into<String>) -> GetSimIntegration<'a> {
        GetSimIntegration {
            client: self.client,
            id: id.into(),
        }
    }

    /// Update an existing sim integration
    ///
    /// Update an existing SIM integration.  A token with Org Admin or Service Desk Admin authority is required to access this endpoint.
    ///
    /// `PUT /sim-integrations/{id}` (`putSIMIntegration`)
    pub fn put_sim_integration(
        &self,
        id: impl Into<String>,
        sim_integration_details: models::SimIntegrationDetails,
    ) -> PutSimIntegration<'a> {
        PutSimIntegration {
            client: self.client,
            id: id.into(),
            sim_integration_details,
        }
    }

    /// Delete a sim integration
    ///
    /// Get the details of a SIM integration. A token with Org Admin or Service Desk Admin authority is required to access this endpoint.
    ///
    /// `DELETE /sim-integrations/{id}` (`deleteSIMIntegration`)
    pub fn delete_sim_integration(
        &self,
        id: impl Into<String>,
    ) -> DeleteSimIntegration<'a> {
        DeleteSimIntegration {
            client: self.client,
            id: id.into(),
        }
    }

    /// Patch a sim attribute.
    ///
    /// Patch a SIM attribute given a JsonPatch object. A token with Org Admin or Service Desk Admin authority is required to access this endpoint.
    ///
    /// `PATCH /sim-integrations/{id}` (`patchSIMAttributes`)
    pub fn patch_sim_attributes(
        &self,
        id: impl Into<String>,
        json_patch: models::JsonPatch,
    ) -> PatchSimAttributes<'a> {
        PatchSimAttributes {
            client: self.client,
            id: id.into(),
            json_patch,
        }
    }

    /// Patch a sim beforeprovisioningrule attribute.
    ///
    /// Patch a SIM beforeProvisioningRule attribute given a JsonPatch object. A token with Org Admin or Service Desk Admin authority is required to access this endpoint.
    ///
    /// `PATCH /sim-integrations/{id}/beforeProvisioningRule` (`patchBeforeProvisioningRule`)
    pub fn patch_before_provisioning_rule(
        &self,
        id: impl Into<String>,
        json_patch: models::JsonPatch,
    ) -> PatchBeforeProvisioningRule<'a> {
        PatchBeforeProvisioningRule {
            client: self.client,
            id: id.into(),
            json_patch,
        }
    }

    /// List the existing sim integrations.
    ///
    /// List the existing SIM integrations. A token with Org Admin or Service Desk Admin authority is required to access this endpoint.
    ///
    /// `GET /sim-integrations` (`getSIMIntegrations`)
    pub fn get_sim_integrations(&self) -> GetSimIntegrations<'a> {
        GetSimIntegrations {
            client: self.client,
        }
    }

    /// Create new sim integration
    ///
    /// Create a new SIM Integrations.  A token with Org Admin or Service Desk Admin authority is required to access this endpoint.
    ///
    /// `POST /sim-integrations` (`createSIMIntegration`)
    pub fn create_sim_integration(
        &self,
        sim_integration_details: models::SimIntegrationDetails,
    ) -> CreateSimIntegration<'a> {
        CreateSimIntegration {
            client: self.client,
            sim_integration_details,
        }
    }
}

/// The request of [`SimIntegrationsApi::get_sim_integration`](SimIntegrationsApi::get_sim_integration): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetSimIntegration<'a> {
    client: &'a crate::Client,
    id: String,
}

impl GetSimIntegration<'_> {
    /// Sends the request: `GET /sim-integrations/{id}`.
    pub async fn send(self) -> Result<models::ServiceDeskIntegrationDto, crate::Error> {
        let path = ["/sim-integrations/", &crate::request::path_segment(&self.id)]
            .concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("getSIMIntegration", request).await?;
        crate::request::json("getSIMIntegration", response).await
    }
}

/// The request of [`SimIntegrationsApi::put_sim_integration`](SimIntegrationsApi::put_sim_integration): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PutSimIntegration<'a> {
    client: &'a crate::Client,
    id: String,
    sim_integration_details: models::SimIntegrationDetails,
}

impl PutSimIntegration<'_> {
    /// Sends the request: `PUT /sim-integrations/{id}`.
    pub async fn send(self) -> Result<models::ServiceDeskIntegrationDto, crate::Error> {
        let path = ["/sim-integrations/", &crate::request::path_segment(&self.id)]
            .concat();
        let mut request = self.client.request(reqwest::Method::PUT, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.sim_integration_details;
            request = crate::request::with_json(
                "putSIMIntegration",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self.client.execute("putSIMIntegration", request).await?;
        crate::request::json("putSIMIntegration", response).await
    }
}

/// The request of [`SimIntegrationsApi::delete_sim_integration`](SimIntegrationsApi::delete_sim_integration): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteSimIntegration<'a> {
    client: &'a crate::Client,
    id: String,
}

impl DeleteSimIntegration<'_> {
    /// Sends the request: `DELETE /sim-integrations/{id}`.
    pub async fn send(self) -> Result<(), crate::Error> {
        let path = ["/sim-integrations/", &crate::request::path_segment(&self.id)]
            .concat();
        let request = self.client.request(reqwest::Method::DELETE, &path);
        let response = self.client.execute("deleteSIMIntegration", request).await?;
        crate::request::empty("deleteSIMIntegration", response).await
    }
}

/// The request of [`SimIntegrationsApi::patch_sim_attributes`](SimIntegrationsApi::patch_sim_attributes): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PatchSimAttributes<'a> {
    client: &'a crate::Client,
    id: String,
    json_patch: models::JsonPatch,
}

impl PatchSimAttributes<'_> {
    /// Sends the request: `PATCH /sim-integrations/{id}`.
    pub async fn send(self) -> Result<models::ServiceDeskIntegrationDto, crate::Error> {
        let path = ["/sim-integrations/", &crate::request::path_segment(&self.id)]
            .concat();
        let mut request = self.client.request(reqwest::Method::PATCH, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.json_patch;
            request = crate::request::with_json(
                "patchSIMAttributes",
                request,
                "application/json-patch+json",
                &value,
            )?;
        }
        let response = self.client.execute("patchSIMAttributes", request).await?;
        crate::request::json("patchSIMAttributes", response).await
    }
}

/// The request of [`SimIntegrationsApi::patch_before_provisioning_rule`](SimIntegrationsApi::patch_before_provisioning_rule): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PatchBeforeProvisioningRule<'a> {
    client: &'a crate::Client,
    id: String,
    json_patch: models::JsonPatch,
}

impl PatchBeforeProvisioningRule<'_> {
    /// Sends the request: `PATCH /sim-integrations/{id}/beforeProvisioningRule`.
    pub async fn send(self) -> Result<models::ServiceDeskIntegrationDto, crate::Error> {
        let path = [
            "/sim-integrations/",
            &crate::request::path_segment(&self.id),
            "/beforeProvisioningRule",
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::PATCH, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.json_patch;
            request = crate::request::with_json(
                "patchBeforeProvisioningRule",
                request,
                "application/json-patch+json",
                &value,
            )?;
        }
        let response = self
            .client
            .execute("patchBeforeProvisioningRule", request)
            .await?;
        crate::request::json("patchBeforeProvisioningRule", response).await
    }
}

/// The request of [`SimIntegrationsApi::get_sim_integrations`](SimIntegrationsApi::get_sim_integrations): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetSimIntegrations<'a> {
    client: &'a crate::Client,
}

impl GetSimIntegrations<'_> {
    /// Sends the request: `GET /sim-integrations`.
    pub async fn send(self) -> Result<models::ServiceDeskIntegrationDto, crate::Error> {
        let path = "/sim-integrations";
        let mut request = self.client.request(reqwest::Method::GET, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("getSIMIntegrations", request).await?;
        crate::request::json("getSIMIntegrations", response).await
    }
}

/// The request of [`SimIntegrationsApi::create_sim_integration`](SimIntegrationsApi::create_sim_integration): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateSimIntegration<'a> {
    client: &'a crate::Client,
    sim_integration_details: models::SimIntegrationDetails,
}

impl CreateSimIntegration<'_> {
    /// Sends the request: `POST /sim-integrations`.
    pub async fn send(self) -> Result<models::ServiceDeskIntegrationDto, crate::Error> {
        let path = "/sim-integrations";
        let mut request = self.client.request(reqwest::Method::POST, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.sim_integration_details;
            request = crate::request::with_json(
                "createSIMIntegration",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self.client.execute("createSIMIntegration", request).await?;
        crate::request::json("createSIMIntegration", response).await
    }
}
