//! Use this API to implement OAuth client functionality.
//! With this functionality in place, users with the appropriate security scopes can create and configure OAuth clients to use as a way to obtain authorization to use the Identity Security Cloud REST API.
//! Refer to [Authentication](https://developer.sailpoint.com/docs/api/authentication/) for more information about OAuth and how it works with the Identity Security Cloud REST API.

use crate::models;

/// The OAuth Clients operations: get them from [`Client::o_auth_clients`](crate::Client::o_auth_clients).
#[derive(Debug, Clone, Copy)]
pub struct OAuthClientsApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The OAuth Clients operations.
    pub fn o_auth_clients(&self) -> OAuthClientsApi<'_> {
        OAuthClientsApi { client: self }
    }
}

impl<'a> OAuthClientsApi<'a> {
    /// List oauth clients
    ///
    /// This gets a list of OAuth clients.
    ///
    /// `GET /oauth-clients` (`listOauthClients`)
    pub fn list_oauth_clients(&self) -> ListOauthClients<'a> {
        ListOauthClients {
            client: self.client,
            filters: None,
        }
    }

    /// Create oauth client
    ///
    /// This creates an OAuth client.
    ///
    /// `POST /oauth-clients` (`createOauthClient`)
    pub fn create_oauth_client(
        &self,
        create_o_auth_client_request: models::CreateOAuthClientRequest,
    ) -> CreateOauthClient<'a> {
        CreateOauthClient {
            client: self.client,
            create_o_auth_client_request,
        }
    }

    /// Get oauth client
    ///
    /// This gets details of an OAuth client.
    ///
    /// `GET /oauth-clients/{id}` (`getOauthClient`)
    pub fn get_oauth_client(&self, id: impl Into<String>) -> GetOauthClient<'a> {
        GetOauthClient {
            client: self.client,
            id: id.into(),
        }
    }

    /// Delete oauth client
    ///
    /// This deletes an OAuth client.
    ///
    /// `DELETE /oauth-clients/{id}` (`deleteOauthClient`)
    pub fn delete_oauth_client(&self, id: impl Into<String>) -> DeleteOauthClient<'a> {
        DeleteOauthClient {
            client: self.client,
            id: id.into(),
        }
    }

    /// Patch oauth client
    ///
    /// This performs a targeted update to the field(s) of an OAuth client.
    /// Request will require a security scope of
    /// - sp:oauth-client:manage
    ///
    /// `PATCH /oauth-clients/{id}` (`patchOauthClient`)
    pub fn patch_oauth_client(
        &self,
        id: impl Into<String>,
        json_patch_operation: Vec<models::JsonPatchOperation>,
    ) -> PatchOauthClient<'a> {
        PatchOauthClient {
            client: self.client,
            id: id.into(),
            json_patch_operation,
        }
    }
}

/// The request of [`OAuthClientsApi::list_oauth_clients`](OAuthClientsApi::list_oauth_clients): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListOauthClients<'a> {
    client: &'a crate::Client,
    filters: Option<String>,
}

impl ListOauthClients<'_> {
    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **lastUsed**: *le, isnull*
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

    /// Sends the request: `GET /oauth-clients`.
    pub async fn send(
        self,
    ) -> Result<Vec<models::GetOAuthClientResponse>, crate::Error> {
        let path = "/oauth-clients";
        let mut request = self.client.request(reqwest::Method::GET, path);
        let mut query: Vec<(&str, String)> = Vec::new();
        if let Some(value) = &self.filters {
            query.push(("filters", value.clone()));
        }
        request = request.query(&query);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("listOauthClients", request).await?;
        crate::request::json("listOauthClients", response).await
    }
}

/// The request of [`OAuthClientsApi::create_oauth_client`](OAuthClientsApi::create_oauth_client): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateOauthClient<'a> {
    client: &'a crate::Client,
    create_o_auth_client_request: models::CreateOAuthClientRequest,
}

impl CreateOauthClient<'_> {
    /// Sends the request: `POST /oauth-clients`.
    pub async fn send(self) -> Result<models::CreateOAuthClientResponse, crate::Error> {
        let path = "/oauth-clients";
        let mut request = self.client.request(reqwest::Method::POST, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.create_o_auth_client_request;
            request = crate::request::with_json(
                "createOauthClient",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self.client.execute("createOauthClient", request).await?;
        crate::request::json("createOauthClient", response).await
    }
}

/// The request of [`OAuthClientsApi::get_oauth_client`](OAuthClientsApi::get_oauth_client): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetOauthClient<'a> {
    client: &'a crate::Client,
    id: String,
}

impl GetOauthClient<'_> {
    /// Sends the request: `GET /oauth-clients/{id}`.
    pub async fn send(self) -> Result<models::GetOAuthClientResponse, crate::Error> {
        let path = ["/oauth-clients/", &crate::request::path_segment(&self.id)].concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("getOauthClient", request).await?;
        crate::request::json("getOauthClient", response).await
    }
}

/// The request of [`OAuthClientsApi::delete_oauth_client`](OAuthClientsApi::delete_oauth_client): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteOauthClient<'a> {
    client: &'a crate::Client,
    id: String,
}

impl DeleteOauthClient<'_> {
    /// Sends the request: `DELETE /oauth-clients/{id}`.
    pub async fn send(self) -> Result<(), crate::Error> {
        let path = ["/oauth-clients/", &crate::request::path_segment(&self.id)].concat();
        let request = self.client.request(reqwest::Method::DELETE, &path);
        let response = self.client.execute("deleteOauthClient", request).await?;
        crate::request::empty("deleteOauthClient", response).await
    }
}

/// The request of [`OAuthClientsApi::patch_oauth_client`](OAuthClientsApi::patch_oauth_client): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PatchOauthClient<'a> {
    client: &'a crate::Client,
    id: String,
    json_patch_operation: Vec<models::JsonPatchOperation>,
}

impl PatchOauthClient<'_> {
    /// Sends the request: `PATCH /oauth-clients/{id}`.
    pub async fn send(self) -> Result<models::GetOAuthClientResponse, crate::Error> {
        let path = ["/oauth-clients/", &crate::request::path_segment(&self.id)].concat();
        let mut request = self.client.request(reqwest::Method::PATCH, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.json_patch_operation;
            request = crate::request::with_json(
                "patchOauthClient",
                request,
                "application/json-patch+json",
                &value,
            )?;
        }
        let response = self.client.execute("patchOauthClient", request).await?;
        crate::request::json("patchOauthClient", response).await
    }
}
