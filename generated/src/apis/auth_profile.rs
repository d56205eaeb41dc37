//! Use this API to implement Auth Profile functionality.
//! With this functionality in place, users can read authentication profiles and make changes to them.
//!
//! An authentication profile represents an identity profile's authentication configuration.
//! When the identity profile is created, its authentication profile is also created.
//! An authentication profile includes information like its authentication profile type (`BLOCK`, `MFA`, `NON_PTA`, PTA`) and settings controlling whether or not it blocks access from off network or untrusted geographies.

use crate::models;

/// The Auth Profile operations: get them from [`Client::auth_profile`](crate::Client::auth_profile).
#[derive(Debug, Clone, Copy)]
pub struct AuthProfileApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Auth Profile operations.
    pub fn auth_profile(&self) -> AuthProfileApi<'_> {
        AuthProfileApi { client: self }
    }
}

impl<'a> AuthProfileApi<'a> {
    /// Get list of auth profiles.
    ///
    /// This API returns a list of auth profiles.
    ///
    /// `GET /auth-profiles` (`getProfileConfigList`)
    pub fn get_profile_config_list(&self) -> GetProfileConfigList<'a> {
        GetProfileConfigList {
            client: self.client,
        }
    }

    /// Get auth profile.
    ///
    /// This API returns auth profile information.
    ///
    /// `GET /auth-profiles/{id}` (`getProfileConfig`)
    pub fn get_profile_config(&self, id: impl Into<String>) -> GetProfileConfig<'a> {
        GetProfileConfig {
            client: self.client,
            id: id.into(),
        }
    }

    /// Patch a specified auth profile
    ///
    /// This API updates an existing Auth Profile. The following fields are patchable:
    /// **offNetwork**, **untrustedGeography**, **applicationId**, **applicationName**, **type**
    ///
    /// `PATCH /auth-profiles/{id}` (`patchProfileConfig`)
    pub fn patch_profile_config(
        &self,
        id: impl Into<String>,
        json_patch_operation: Vec<models::JsonPatchOperation>,
    ) -> PatchProfileConfig<'a> {
        PatchProfileConfig {
            client: self.client,
            id: id.into(),
            json_patch_operation,
        }
    }
}

/// The request of [`AuthProfileApi::get_profile_config_list`](AuthProfileApi::get_profile_config_list): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetProfileConfigList<'a> {
    client: &'a crate::Client,
}

impl GetProfileConfigList<'_> {
    /// Sends the request: `GET /auth-profiles`.
    pub async fn send(self) -> Result<Vec<models::AuthProfileSummary>, crate::Error> {
        let path = "/auth-profiles";
        let mut request = self.client.request(reqwest::Method::GET, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("getProfileConfigList", request).await?;
        crate::request::json("getProfileConfigList", response).await
    }
}

/// The request of [`AuthProfileApi::get_profile_config`](AuthProfileApi::get_profile_config): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetProfileConfig<'a> {
    client: &'a crate::Client,
    id: String,
}

impl GetProfileConfig<'_> {
    /// Sends the request: `GET /auth-profiles/{id}`.
    pub async fn send(self) -> Result<models::AuthProfile, crate::Error> {
        let path = ["/auth-profiles/", &crate::request::path_segment(&self.id)].concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("getProfileConfig", request).await?;
        crate::request::json("getProfileConfig", response).await
    }
}

/// The request of [`AuthProfileApi::patch_profile_config`](AuthProfileApi::patch_profile_config): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PatchProfileConfig<'a> {
    client: &'a crate::Client,
    id: String,
    json_patch_operation: Vec<models::JsonPatchOperation>,
}

impl PatchProfileConfig<'_> {
    /// Sends the request: `PATCH /auth-profiles/{id}`.
    pub async fn send(self) -> Result<models::AuthProfile, crate::Error> {
        let path = ["/auth-profiles/", &crate::request::path_segment(&self.id)].concat();
        let mut request = self.client.request(reqwest::Method::PATCH, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.json_patch_operation;
            request = crate::request::with_json(
                "patchProfileConfig",
                request,
                "application/json-patch+json",
                &value,
            )?;
        }
        let response = self.client.execute("patchProfileConfig", request).await?;
        crate::request::json("patchProfileConfig", response).await
    }
}
