//! Use this API to implement organization password configuration functionality.
//! With this functionality in place, organization administrators can create organization-specific password configurations.
//!
//! These configurations include details like custom password instructions, as well as digit token length and duration.
//!
//! Refer to [Configuring User Authentication for Password Resets](https://documentation.sailpoint.com/saas/help/pwd/pwd_reset.html) for more information about organization password configuration functionality.

use crate::models;

/// The Password Configuration operations: get them from [`Client::password_configuration`](crate::Client::password_configuration).
#[derive(Debug, Clone, Copy)]
pub struct PasswordConfigurationApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Password Configuration operations.
    pub fn password_configuration(&self) -> PasswordConfigurationApi<'_> {
        PasswordConfigurationApi {
            client: self,
        }
    }
}

impl<'a> PasswordConfigurationApi<'a> {
    /// Get password org config
    ///
    /// This API returns the password org config . Requires ORG_ADMIN, API role or authorization scope of 'idn:password-org-config:read'
    ///
    /// `GET /password-org-config` (`getPasswordOrgConfig`)
    pub fn get_password_org_config(&self) -> GetPasswordOrgConfig<'a> {
        GetPasswordOrgConfig {
            client: self.client,
        }
    }

    /// Update password org config
    ///
    /// This API updates the password org config for specified fields. Other fields will keep original value.
    /// You must set the `customInstructionsEnabled` field to "true" to be able to use custom password instructions.
    /// Requires ORG_ADMIN, API role or authorization scope of 'idn:password-org-config:write'
    ///
    /// `PUT /password-org-config` (`putPasswordOrgConfig`)
    pub fn put_password_org_config(
        &self,
        password_org_config: models::PasswordOrgConfig,
    ) -> PutPasswordOrgConfig<'a> {
        PutPasswordOrgConfig {
            client: self.client,
            password_org_config,
        }
    }

    /// Create password org config
    ///
    /// This API creates the password org config. Unspecified fields will use default value.
    /// To be able to use the custom password instructions, you must set the `customInstructionsEnabled` field to "true".
    /// Requires ORG_ADMIN, API role or authorization scope of 'idn:password-org-config:write'
    ///
    /// `POST /password-org-config` (`createPasswordOrgConfig`)
    pub fn create_password_org_config(
        &self,
        password_org_config: models::PasswordOrgConfig,
    ) -> CreatePasswordOrgConfig<'a> {
        CreatePasswordOrgConfig {
            client: self.client,
            password_org_config,
        }
    }
}

/// The request of [`PasswordConfigurationApi::get_password_org_config`](PasswordConfigurationApi::get_password_org_config): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetPasswordOrgConfig<'a> {
    client: &'a crate::Client,
}

impl GetPasswordOrgConfig<'_> {
    /// Sends the request: `GET /password-org-config`.
    pub async fn send(self) -> Result<models::PasswordOrgConfig, crate::Error> {
        let path = "/password-org-config";
        let mut request = self.client.request(reqwest::Method::GET, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("getPasswordOrgConfig", request).await?;
        crate::request::json("getPasswordOrgConfig", response).await
    }
}

/// The request of [`PasswordConfigurationApi::put_password_org_config`](PasswordConfigurationApi::put_password_org_config): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PutPasswordOrgConfig<'a> {
    client: &'a crate::Client,
    password_org_config: models::PasswordOrgConfig,
}

impl PutPasswordOrgConfig<'_> {
    /// Sends the request: `PUT /password-org-config`.
    pub async fn send(self) -> Result<models::PasswordOrgConfig, crate::Error> {
        let path = "/password-org-config";
        let mut request = self.client.request(reqwest::Method::PUT, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.password_org_config;
            request = crate::request::with_json(
                "putPasswordOrgConfig",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self.client.execute("putPasswordOrgConfig", request).await?;
        crate::request::json("putPasswordOrgConfig", response).await
    }
}

/// The request of [`PasswordConfigurationApi::create_password_org_config`](PasswordConfigurationApi::create_password_org_config): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreatePasswordOrgConfig<'a> {
    client: &'a crate::Client,
    password_org_config: models::PasswordOrgConfig,
}

impl CreatePasswordOrgConfig<'_> {
    /// Sends the request: `POST /password-org-config`.
    pub async fn send(self) -> Result<models::PasswordOrgConfig, crate::Error> {
        let path = "/password-org-config";
        let mut request = self.client.request(reqwest::Method::POST, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.password_org_config;
            request = crate::request::with_json(
                "createPasswordOrgConfig",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self.client.execute("createPasswordOrgConfig", request).await?;
        crate::request::json("createPasswordOrgConfig", response).await
    }
}
