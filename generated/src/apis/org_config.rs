//! Use this API to implement organization configuration functionality.
//! Administrators can use this functionality to manage organization settings, such as time zones.

use crate::models;

/// The Org Config operations: get them from [`Client::org_config`](crate::Client::org_config).
#[derive(Debug, Clone, Copy)]
pub struct OrgConfigApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Org Config operations.
    pub fn org_config(&self) -> OrgConfigApi<'_> {
        OrgConfigApi { client: self }
    }
}

impl<'a> OrgConfigApi<'a> {
    /// Get org configuration settings
    ///
    /// Get org configuration with only external (org admin) accessible properties for the current org.
    ///
    /// `GET /org-config` (`getOrgConfig`)
    pub fn get_org_config(&self) -> GetOrgConfig<'a> {
        GetOrgConfig {
            client: self.client,
        }
    }

    /// Patch an org configuration property
    ///
    /// Patch configuration of the current org using <http://jsonpatch.com/> syntax.  Commonly used for changing the time zone of an org.
    ///
    /// `PATCH /org-config` (`patchOrgConfig`)
    pub fn patch_org_config(
        &self,
        json_patch_operation: Vec<models::JsonPatchOperation>,
    ) -> PatchOrgConfig<'a> {
        PatchOrgConfig {
            client: self.client,
            json_patch_operation,
        }
    }

    /// Get list of time zones
    ///
    /// Get a list of valid time zones that can be set in org configurations.
    ///
    /// `GET /org-config/valid-time-zones` (`getValidTimeZones`)
    pub fn get_valid_time_zones(&self) -> GetValidTimeZones<'a> {
        GetValidTimeZones {
            client: self.client,
        }
    }
}

/// The request of [`OrgConfigApi::get_org_config`](OrgConfigApi::get_org_config): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetOrgConfig<'a> {
    client: &'a crate::Client,
}

impl GetOrgConfig<'_> {
    /// Sends the request: `GET /org-config`.
    pub async fn send(self) -> Result<models::OrgConfig, crate::Error> {
        let path = "/org-config";
        let mut request = self.client.request(reqwest::Method::GET, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("getOrgConfig", request).await?;
        crate::request::json("getOrgConfig", response).await
    }
}

/// The request of [`OrgConfigApi::patch_org_config`](OrgConfigApi::patch_org_config): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PatchOrgConfig<'a> {
    client: &'a crate::Client,
    json_patch_operation: Vec<models::JsonPatchOperation>,
}

impl PatchOrgConfig<'_> {
    /// Sends the request: `PATCH /org-config`.
    pub async fn send(self) -> Result<models::OrgConfig, crate::Error> {
        let path = "/org-config";
        let mut request = self.client.request(reqwest::Method::PATCH, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.json_patch_operation;
            request = crate::request::with_json(
                "patchOrgConfig",
                request,
                "application/json-patch+json",
                &value,
            )?;
        }
        let response = self.client.execute("patchOrgConfig", request).await?;
        crate::request::json("patchOrgConfig", response).await
    }
}

/// The request of [`OrgConfigApi::get_valid_time_zones`](OrgConfigApi::get_valid_time_zones): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetValidTimeZones<'a> {
    client: &'a crate::Client,
}

impl GetValidTimeZones<'_> {
    /// Sends the request: `GET /org-config/valid-time-zones`.
    pub async fn send(self) -> Result<Vec<String>, crate::Error> {
        let path = "/org-config/valid-time-zones";
        let mut request = self.client.request(reqwest::Method::GET, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("getValidTimeZones", request).await?;
        crate::request::json("getValidTimeZones", response).await
    }
}
