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
    #[inline]
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
    #[inline]
    pub fn list_personal_access_tokens(&self) -> ListPersonalAccessTokens {
        ListPersonalAccessTokens {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            owner_id: None,
            filters: None,
        }
    }

    /// Create personal access token
    ///
    /// This creates a personal access token.
    ///
    /// `POST /personal-access-tokens` (`createPersonalAccessToken`)
    #[inline]
    pub fn create_personal_access_token(
        &self,
        create_personal_access_token_request: models::CreatePersonalAccessTokenRequest,
    ) -> CreatePersonalAccessToken {
        CreatePersonalAccessToken {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            create_personal_access_token_request,
        }
    }

    /// Delete personal access token
    ///
    /// This deletes a personal access token.
    ///
    /// `DELETE /personal-access-tokens/{id}` (`deletePersonalAccessToken`)
    #[inline]
    pub fn delete_personal_access_token(
        &self,
        id: impl Into<String>,
    ) -> DeletePersonalAccessToken {
        DeletePersonalAccessToken {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Patch personal access token
    ///
    /// This performs a targeted update to the field(s) of a Personal Access Token.
    ///
    /// `PATCH /personal-access-tokens/{id}` (`patchPersonalAccessToken`)
    #[inline]
    pub fn patch_personal_access_token(
        &self,
        id: impl Into<String>,
        json_patch_operation: Vec<models::JsonPatchOperation>,
    ) -> PatchPersonalAccessToken {
        PatchPersonalAccessToken {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            json_patch_operation,
        }
    }
}

/// The error statuses of [`PersonalAccessTokensApi::list_personal_access_tokens`](PersonalAccessTokensApi::list_personal_access_tokens), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type ListPersonalAccessTokensError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`PersonalAccessTokensApi::list_personal_access_tokens`](PersonalAccessTokensApi::list_personal_access_tokens): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListPersonalAccessTokens {
    client: crate::Client,
    options: crate::request::Options,
    owner_id: Option<String>,
    filters: Option<String>,
}

impl ListPersonalAccessTokens {
    /// The identity ID of the owner whose personal access tokens should be listed.  If "me", the caller should have the following right: 'idn:my-personal-access-tokens:read'
    /// If an actual owner ID or if the `owner-id` parameter is omitted in the request,  the caller should have the following right: 'idn:all-personal-access-tokens:read'.
    /// If the caller has the following right, then managed personal access tokens associated with `owner-id` will be retrieved: 'idn:managed-personal-access-tokens:read'
    #[inline]
    pub fn owner_id(mut self, owner_id: impl Into<String>) -> Self {
        self.owner_id = Some(owner_id.into());
        self
    }

    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **lastUsed**: *le, isnull*
    #[inline]
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

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

    /// Sends the request: `GET /personal-access-tokens`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::GetPersonalAccessTokenResponse>,
            crate::SdkError<ListPersonalAccessTokensError>,
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
            crate::Response<Vec<models::GetPersonalAccessTokenResponse>>,
            crate::SdkError<ListPersonalAccessTokensError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "listPersonalAccessTokens",
            self.options,
            move |client| {
                let path = "/personal-access-tokens";
                let mut request = client.request(reqwest::Method::GET, path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.owner_id {
                    query.push(("owner-id", value.clone()));
                }
                if let Some(value) = &self.filters {
                    query.push(("filters", value.clone()));
                }
                request = request.query(&query);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`PersonalAccessTokensApi::create_personal_access_token`](PersonalAccessTokensApi::create_personal_access_token), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type CreatePersonalAccessTokenError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`PersonalAccessTokensApi::create_personal_access_token`](PersonalAccessTokensApi::create_personal_access_token): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreatePersonalAccessToken {
    client: crate::Client,
    options: crate::request::Options,
    create_personal_access_token_request: models::CreatePersonalAccessTokenRequest,
}

impl CreatePersonalAccessToken {
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

    /// Sends the request: `POST /personal-access-tokens`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::CreatePersonalAccessTokenResponse,
            crate::SdkError<CreatePersonalAccessTokenError>,
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
            crate::Response<models::CreatePersonalAccessTokenResponse>,
            crate::SdkError<CreatePersonalAccessTokenError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createPersonalAccessToken",
            self.options,
            move |client| {
                let path = "/personal-access-tokens";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.create_personal_access_token_request;
                    request = crate::request::with_json(
                        "createPersonalAccessToken",
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

/// The error statuses of [`PersonalAccessTokensApi::delete_personal_access_token`](PersonalAccessTokensApi::delete_personal_access_token), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type DeletePersonalAccessTokenError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`PersonalAccessTokensApi::delete_personal_access_token`](PersonalAccessTokensApi::delete_personal_access_token): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeletePersonalAccessToken {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl DeletePersonalAccessToken {
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

    /// Sends the request: `DELETE /personal-access-tokens/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<(), crate::SdkError<DeletePersonalAccessTokenError>>,
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
            crate::Response<()>,
            crate::SdkError<DeletePersonalAccessTokenError>,
        >,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "deletePersonalAccessToken",
            self.options,
            move |client| {
                let path = [
                    "/personal-access-tokens/",
                    &crate::request::path_segment(&self.id),
                ]
                    .concat();
                let request = client.request(reqwest::Method::DELETE, &path);
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`PersonalAccessTokensApi::patch_personal_access_token`](PersonalAccessTokensApi::patch_personal_access_token), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type PatchPersonalAccessTokenError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`PersonalAccessTokensApi::patch_personal_access_token`](PersonalAccessTokensApi::patch_personal_access_token): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PatchPersonalAccessToken {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    json_patch_operation: Vec<models::JsonPatchOperation>,
}

impl PatchPersonalAccessToken {
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

    /// Sends the request: `PATCH /personal-access-tokens/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::GetPersonalAccessTokenResponse,
            crate::SdkError<PatchPersonalAccessTokenError>,
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
            crate::Response<models::GetPersonalAccessTokenResponse>,
            crate::SdkError<PatchPersonalAccessTokenError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "patchPersonalAccessToken",
            self.options,
            move |client| {
                let path = [
                    "/personal-access-tokens/",
                    &crate::request::path_segment(&self.id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PATCH, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.json_patch_operation;
                    request = crate::request::with_json(
                        "patchPersonalAccessToken",
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
