//! Use these APIs to implement password policies functionality.
//! These APIs allow you to define the policy parameters for choosing passwords.
//!
//! IdentityNow comes with a default policy that you can modify to define the password requirements your users must meet to log in to IdentityNow, such as requiring a minimum password length, including special characters, and disallowing certain patterns.
//! If you have licensed Password Management, you can create additional password policies beyond the default one to manage passwords for supported sources in your org.
//!
//! In the Identity Security Cloud Admin panel, administrators can use the Password Mgmt dropdown menu to select Sync Groups.
//!
//! Refer to [Managing Password Policies](https://documentation.sailpoint.com/saas/help/pwd/pwd_policies/pwd_policies.html) for more information about password policies.

use crate::models;

/// The Password Policies operations: get them from [`Client::password_policies`](crate::Client::password_policies).
#[derive(Debug, Clone, Copy)]
pub struct PasswordPoliciesApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Password Policies operations.
    pub fn password_policies(&self) -> PasswordPoliciesApi<'_> {
        PasswordPoliciesApi {
            client: self,
        }
    }
}

impl<'a> PasswordPoliciesApi<'a> {
    /// Get password policy by id
    ///
    /// This API returns the password policy for the specified ID.
    ///
    /// `GET /password-policies/{id}` (`getPasswordPolicyById`)
    pub fn get_password_policy_by_id(
        &self,
        id: impl Into<String>,
    ) -> GetPasswordPolicyById<'a> {
        GetPasswordPolicyById {
            client: self.client,
            id: id.into(),
        }
    }

    /// Update password policy by id
    ///
    /// This API updates the specified password policy.
    ///
    /// `PUT /password-policies/{id}` (`setPasswordPolicy`)
    pub fn set_password_policy(
        &self,
        id: impl Into<String>,
        password_policy_v3_dto: models::PasswordPolicyV3Dto,
    ) -> SetPasswordPolicy<'a> {
        SetPasswordPolicy {
            client: self.client,
            id: id.into(),
            password_policy_v3_dto,
        }
    }

    /// Delete password policy by id
    ///
    /// This API deletes the specified password policy.
    ///
    /// `DELETE /password-policies/{id}` (`deletePasswordPolicy`)
    pub fn delete_password_policy(
        &self,
        id: impl Into<String>,
    ) -> DeletePasswordPolicy<'a> {
        DeletePasswordPolicy {
            client: self.client,
            id: id.into(),
        }
    }

    /// List password policies
    ///
    /// This gets list of all Password Policies.
    /// Requires role of ORG_ADMIN
    ///
    /// `GET /password-policies` (`listPasswordPolicies`)
    pub fn list_password_policies(&self) -> ListPasswordPolicies<'a> {
        ListPasswordPolicies {
            client: self.client,
            limit: None,
            offset: None,
            count: None,
        }
    }

    /// Create password policy
    ///
    /// This API creates the specified password policy.
    ///
    /// `POST /password-policies` (`createPasswordPolicy`)
    pub fn create_password_policy(
        &self,
        password_policy_v3_dto: models::PasswordPolicyV3Dto,
    ) -> CreatePasswordPolicy<'a> {
        CreatePasswordPolicy {
            client: self.client,
            password_policy_v3_dto,
        }
    }
}

/// The request of [`PasswordPoliciesApi::get_password_policy_by_id`](PasswordPoliciesApi::get_password_policy_by_id): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetPasswordPolicyById<'a> {
    client: &'a crate::Client,
    id: String,
}

impl GetPasswordPolicyById<'_> {
    /// Sends the request: `GET /password-policies/{id}`.
    pub async fn send(self) -> Result<models::PasswordPolicyV3Dto, crate::Error> {
        let path = ["/password-policies/", &crate::request::path_segment(&self.id)]
            .concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("getPasswordPolicyById", request).await?;
        crate::request::json("getPasswordPolicyById", response).await
    }
}

/// The request of [`PasswordPoliciesApi::set_password_policy`](PasswordPoliciesApi::set_password_policy): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SetPasswordPolicy<'a> {
    client: &'a crate::Client,
    id: String,
    password_policy_v3_dto: models::PasswordPolicyV3Dto,
}

impl SetPasswordPolicy<'_> {
    /// Sends the request: `PUT /password-policies/{id}`.
    pub async fn send(self) -> Result<models::PasswordPolicyV3Dto, crate::Error> {
        let path = ["/password-policies/", &crate::request::path_segment(&self.id)]
            .concat();
        let mut request = self.client.request(reqwest::Method::PUT, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.password_policy_v3_dto;
            request = crate::request::with_json(
                "setPasswordPolicy",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self.client.execute("setPasswordPolicy", request).await?;
        crate::request::json("setPasswordPolicy", response).await
    }
}

/// The request of [`PasswordPoliciesApi::delete_password_policy`](PasswordPoliciesApi::delete_password_policy): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeletePasswordPolicy<'a> {
    client: &'a crate::Client,
    id: String,
}

impl DeletePasswordPolicy<'_> {
    /// Sends the request: `DELETE /password-policies/{id}`.
    pub async fn send(self) -> Result<(), crate::Error> {
        let path = ["/password-policies/", &crate::request::path_segment(&self.id)]
            .concat();
        let request = self.client.request(reqwest::Method::DELETE, &path);
        let response = self.client.execute("deletePasswordPolicy", request).await?;
        crate::request::empty("deletePasswordPolicy", response).await
    }
}

/// The request of [`PasswordPoliciesApi::list_password_policies`](PasswordPoliciesApi::list_password_policies): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListPasswordPolicies<'a> {
    client: &'a crate::Client,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
}

impl ListPasswordPolicies<'_> {
    /// Max number of results to return.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `250`.
    pub fn limit(mut self, limit: i32) -> Self {
        self.limit = Some(limit);
        self
    }

    /// Offset into the full result set. Usually specified with *limit* to paginate through the results.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `0`.
    pub fn offset(mut self, offset: i32) -> Self {
        self.offset = Some(offset);
        self
    }

    /// If *true* it will populate the *X-Total-Count* response header with the number of results that would be returned if *limit* and *offset* were ignored.
    ///
    /// Since requesting a total count can have a performance impact, it is recommended not to send **count=true** if that value will not be used.
    ///
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `false`.
    pub fn count(mut self, count: bool) -> Self {
        self.count = Some(count);
        self
    }

    /// Sends the request: `GET /password-policies`.
    pub async fn send(self) -> Result<Vec<models::PasswordPolicyV3Dto>, crate::Error> {
        let path = "/password-policies";
        let mut request = self.client.request(reqwest::Method::GET, path);
        let mut query: Vec<(&str, String)> = Vec::new();
        if let Some(value) = &self.limit {
            query.push(("limit", value.to_string()));
        }
        if let Some(value) = &self.offset {
            query.push(("offset", value.to_string()));
        }
        if let Some(value) = &self.count {
            query.push(("count", value.to_string()));
        }
        request = request.query(&query);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("listPasswordPolicies", request).await?;
        crate::request::json("listPasswordPolicies", response).await
    }
}

/// The request of [`PasswordPoliciesApi::create_password_policy`](PasswordPoliciesApi::create_password_policy): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreatePasswordPolicy<'a> {
    client: &'a crate::Client,
    password_policy_v3_dto: models::PasswordPolicyV3Dto,
}

impl CreatePasswordPolicy<'_> {
    /// Sends the request: `POST /password-policies`.
    pub async fn send(self) -> Result<models::PasswordPolicyV3Dto, crate::Error> {
        let path = "/password-policies";
        let mut request = self.client.request(reqwest::Method::POST, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.password_policy_v3_dto;
            request = crate::request::with_json(
                "createPasswordPolicy",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self.client.execute("createPasswordPolicy", request).await?;
        crate::request::json("createPasswordPolicy", response).await
    }
}
