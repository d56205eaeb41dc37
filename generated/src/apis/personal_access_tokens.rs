//! Use this API to implement personal access token (PAT) functionality.
//! With this functionality in place, users can use PATs as an alternative to passwords for authentication in Identity Security Cloud.
//!
//! PATs embed user information into the client ID and secret.
//! This replaces the API clients' need to store and provide a username and password to establish a connection, improving Identity Security Cloud organizations' integration security.
//!
//! In Identity Security Cloud, users can do the following to create and manage their PATs: Select the dropdown menu under their names, select Preferences, and then select Personal Access Tokens.
//! They must then provide a description about the token's purpose.
//! They can then select 'Create Token' at the bottom of the page to generate and view the Secret and Client ID.
//!
//! Refer to [Managing Personal Access Tokens](https://documentation.sailpoint.com/saas/help/common/api_keys.html?h=token#generating-a-personal-access-token) for more information about PATs.

use crate::models;

/// The Personal Access Tokens operations: get them from [`Client::personal_access_tokens`](crate::Client::personal_access_tokens).
#[derive(Debug, Clone, Copy)]
pub struct PersonalAccessTokensApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Personal Access Tokens operations.
    pub fn personal_access_tokens(&self) -> PersonalAccessTokensApi<'_> {
        PersonalAccessTokensApi {
            client: self,
        }
    }
}

impl<'a> PersonalAccessTokensApi<'a> {
    /// List personal access tokens
    ///
    /// This gets a collection of personal access tokens associated with the optional `owner-id`.  query parameter. If the `owner-id` query parameter is omitted, all personal access tokens  for a tenant will be retrieved, but the caller must have the 'idn:all-personal-access-tokens:read' right.
    ///
    /// `GET /personal-access-tokens` (`listPersonalAccessTokens`)
    pub fn list_personal_access_tokens(&self) -> ListPersonalAccessTokens<'a> {
        ListPersonalAccessTokens {
            client: self.client,
            owner_id: None,
            filters: None,
        }
    }

    /// Create personal access token
    ///
    /// This creates a personal access token.
    ///
    /// `POST /personal-access-tokens` (`createPersonalAccessToken`)
    pub fn create_personal_access_token(
        &self,
        create_personal_access_token_request: models::CreatePersonalAccessTokenRequest,
    ) -> CreatePersonalAccessToken<'a> {
        CreatePersonalAccessToken {
            client: self.client,
            create_personal_access_token_request,
        }
    }

    /// Delete personal access token
    ///
    /// This deletes a personal access token.
    ///
    /// `DELETE /personal-access-tokens/{id}` (`deletePersonalAccessToken`)
    pub fn delete_personal_access_token(
        &self,
        id: impl Into<String>,
    ) -> DeletePersonalAccessToken<'a> {
        DeletePersonalAccessToken {
            client: self.client,
            id: id.into(),
        }
    }

    /// Patch personal access token
    ///
    /// This performs a targeted update to the field(s) of a Personal Access Token.
    ///
    /// `PATCH /personal-access-tokens/{id}` (`patchPersonalAccessToken`)
    pub fn patch_personal_access_token(
        &self,
        id: impl Into<String>,
        json_patch_operation: Vec<models::JsonPatchOperation>,
    ) -> PatchPersonalAccessToken<'a> {
        PatchPersonalAccessToken {
            client: self.client,
            id: id.into(),
            json_patch_operation,
        }
    }
}

/// The request of [`PersonalAccessTokensApi::list_personal_access_tokens`](PersonalAccessTokensApi::list_personal_access_tokens): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListPersonalAccessTokens<'a> {
    client: &'a crate::Client,
    owner_id: Option<String>,
    filters: Option<String>,
}

impl ListPersonalAccessTokens<'_> {
    /// The identity ID of the owner whose personal access tokens should be listed.  If "me", the caller should have the following right: 'idn:my-personal-access-tokens:read'
    /// If an actual owner ID or if the `owner-id` parameter is omitted in the request,  the caller should have the following right: 'idn:all-personal-access-tokens:read'.
    /// If the caller has the following right, then managed personal access tokens associated with `owner-id` will be retrieved: 'idn:managed-personal-access-tokens:read'
    pub fn owner_id(mut self, owner_id: impl Into<String>) -> Self {
        self.owner_id = Some(owner_id.into());
        self
    }

    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **lastUsed**: *le, isnull*
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

    /// Sends the request: `GET /personal-access-tokens`.
    pub async fn send(
        self,
    ) -> Result<Vec<models::GetPersonalAccessTokenResponse>, crate::Error> {
        let path = "/personal-access-tokens";
        let mut request = self.client.request(reqwest::Method::GET, path);
        let mut query: Vec<(&str, String)> = Vec::new();
        if let Some(value) = &self.owner_id {
            query.push(("owner-id", value.clone()));
        }
        if let Some(value) = &self.filters {
            query.push(("filters", value.clone()));
        }
        request = request.query(&query);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("listPersonalAccessTokens", request).await?;
        crate::request::json("listPersonalAccessTokens", response).await
    }
}

/// The request of [`PersonalAccessTokensApi::create_personal_access_token`](PersonalAccessTokensApi::create_personal_access_token): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreatePersonalAccessToken<'a> {
    client: &'a crate::Client,
    create_personal_access_token_request: models::CreatePersonalAccessTokenRequest,
}

impl CreatePersonalAccessToken<'_> {
    /// Sends the request: `POST /personal-access-tokens`.
    pub async fn send(
        self,
    ) -> Result<models::CreatePersonalAccessTokenResponse, crate::Error> {
        let path = "/personal-access-tokens";
        let mut request = self.client.request(reqwest::Method::POST, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.create_personal_access_token_request;
            request = crate::request::with_json(
                "createPersonalAccessToken",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self.client.execute("createPersonalAccessToken", request).await?;
        crate::request::json("createPersonalAccessToken", response).await
    }
}

/// The request of [`PersonalAccessTokensApi::delete_personal_access_token`](PersonalAccessTokensApi::delete_personal_access_token): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeletePersonalAccessToken<'a> {
    client: &'a crate::Client,
    id: String,
}

impl DeletePersonalAccessToken<'_> {
    /// Sends the request: `DELETE /personal-access-tokens/{id}`.
    pub async fn send(self) -> Result<(), crate::Error> {
        let path = ["/personal-access-tokens/", &crate::request::path_segment(&self.id)]
            .concat();
        let request = self.client.request(reqwest::Method::DELETE, &path);
        let response = self.client.execute("deletePersonalAccessToken", request).await?;
        crate::request::empty("deletePersonalAccessToken", response).await
    }
}

/// The request of [`PersonalAccessTokensApi::patch_personal_access_token`](PersonalAccessTokensApi::patch_personal_access_token): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PatchPersonalAccessToken<'a> {
    client: &'a crate::Client,
    id: String,
    json_patch_operation: Vec<models::JsonPatchOperation>,
}

impl PatchPersonalAccessToken<'_> {
    /// Sends the request: `PATCH /personal-access-tokens/{id}`.
    pub async fn send(
        self,
    ) -> Result<models::GetPersonalAccessTokenResponse, crate::Error> {
        let path = ["/personal-access-tokens/", &crate::request::path_segment(&self.id)]
            .concat();
        let mut request = self.client.request(reqwest::Method::PATCH, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.json_patch_operation;
            request = crate::request::with_json(
                "patchPersonalAccessToken",
                request,
                "application/json-patch+json",
                &value,
            )?;
        }
        let response = self.client.execute("patchPersonalAccessToken", request).await?;
        crate::request::json("patchPersonalAccessToken", response).await
    }
}
