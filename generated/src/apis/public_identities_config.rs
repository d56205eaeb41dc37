//! Use this API to implement public identity configuration functionality.
//! With this functionality in place, administrators can make up to 5 identity attributes publicly visible so other non-administrator users can see the relevant information they need to make decisions.
//! This can be helpful for access approvers, certification reviewers, managers viewing their direct reports' access, and source owners viewing their tasks.
//!
//! By default, non-administrators can select an identity and view the following attributes: email, lifecycle state, and manager.
//! However, it may be helpful for a non-administrator reviewer to see other identity attributes like department, region, title, etc.
//! Administrators can use this API to make those necessary identity attributes public to non-administrators.
//!
//! For example, a non-administrator deciding whether to approve another identity's request for access to the Workday application, whose access may be restricted to members of the HR department, would want to know whether the identity is a member of the HR department.
//! If an administrator has used [Update Public Identity Config](https://developer.sailpoint.com/docs/api/beta/update-public-identity-config/) to make the "department" attribute public, the approver can see the department and make a decision without requesting any more information.

use crate::models;

/// The Public Identities Config operations: get them from [`Client::public_identities_config`](crate::Client::public_identities_config).
#[derive(Debug, Clone, Copy)]
pub struct PublicIdentitiesConfigApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Public Identities Config operations.
    pub fn public_identities_config(&self) -> PublicIdentitiesConfigApi<'_> {
        PublicIdentitiesConfigApi {
            client: self,
        }
    }
}

impl<'a> PublicIdentitiesConfigApi<'a> {
    /// Get public identity config
    ///
    /// This gets details of public identity config.
    ///
    /// `GET /public-identities-config` (`getPublicIdentityConfig`)
    #[deprecated(note = "deprecated in the spec")]
    pub fn get_public_identity_config(&self) -> GetPublicIdentityConfig<'a> {
        GetPublicIdentityConfig {
            client: self.client,
        }
    }

    /// Update public identity config
    ///
    /// This updates the details of public identity config.
    ///
    /// `PUT /public-identities-config` (`updatePublicIdentityConfig`)
    #[deprecated(note = "deprecated in the spec")]
    pub fn update_public_identity_config(
        &self,
        public_identity_config: models::PublicIdentityConfig,
    ) -> UpdatePublicIdentityConfig<'a> {
        UpdatePublicIdentityConfig {
            client: self.client,
            public_identity_config,
        }
    }
}

/// The request of [`PublicIdentitiesConfigApi::get_public_identity_config`](PublicIdentitiesConfigApi::get_public_identity_config): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetPublicIdentityConfig<'a> {
    client: &'a crate::Client,
}

impl GetPublicIdentityConfig<'_> {
    /// Sends the request: `GET /public-identities-config`.
    pub async fn send(self) -> Result<models::PublicIdentityConfig, crate::Error> {
        let path = "/public-identities-config";
        let mut request = self.client.request(reqwest::Method::GET, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("getPublicIdentityConfig", request).await?;
        crate::request::json("getPublicIdentityConfig", response).await
    }
}

/// The request of [`PublicIdentitiesConfigApi::update_public_identity_config`](PublicIdentitiesConfigApi::update_public_identity_config): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdatePublicIdentityConfig<'a> {
    client: &'a crate::Client,
    public_identity_config: models::PublicIdentityConfig,
}

impl UpdatePublicIdentityConfig<'_> {
    /// Sends the request: `PUT /public-identities-config`.
    pub async fn send(self) -> Result<models::PublicIdentityConfig, crate::Error> {
        let path = "/public-identities-config";
        let mut request = self.client.request(reqwest::Method::PUT, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.public_identity_config;
            request = crate::request::with_json(
                "updatePublicIdentityConfig",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self.client.execute("updatePublicIdentityConfig", request).await?;
        crate::request::json("updatePublicIdentityConfig", response).await
    }
}
