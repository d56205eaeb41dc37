//! Use this API to implement managed client functionality.
//! With this functionality in place, administrators can modify and delete existing managed clients, create new ones, and view and make changes to their log configurations.

use crate::models;

/// The Managed Clients operations: get them from [`Client::managed_clients`](crate::Client::managed_clients).
#[derive(Debug, Clone, Copy)]
pub struct ManagedClientsApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Managed Clients operations.
    pub fn managed_clients(&self) -> ManagedClientsApi<'_> {
        ManagedClientsApi { client: self }
    }
}

impl<'a> ManagedClientsApi<'a> {
    /// Specified managed client status.
    ///
    /// Retrieve Managed Client Status by ID.
    ///
    /// `GET /managed-clients/{id}/status` (`getManagedClientStatus`)
    #[deprecated(note = "deprecated in the spec")]
    pub fn get_managed_client_status(
        &self,
        id: impl Into<String>,
        r#type: models::ManagedClientType,
    ) -> GetManagedClientStatus<'a> {
        GetManagedClientStatus {
            client: self.client,
            id: id.into(),
            r#type,
        }
    }

    /// Handle status request from client
    ///
    /// Update a status detail passed in from the client
    ///
    /// `POST /managed-clients/{id}/status` (`updateManagedClientStatus`)
    #[deprecated(note = "deprecated in the spec")]
    pub fn update_managed_client_status(
        &self,
        id: impl Into<String>,
        managed_client_status: models::ManagedClientStatus,
    ) -> UpdateManagedClientStatus<'a> {
        UpdateManagedClientStatus {
            client: self.client,
            id: id.into(),
            managed_client_status,
        }
    }
}

/// The error statuses of [`ManagedClientsApi::get_managed_client_status`](ManagedClientsApi::get_managed_client_status), each with the body the spec declares.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetManagedClientStatusError {
    /// 400: Client Error - Returned if the request body is invalid.
    BadRequest(models::V3ErrorResponseDto),
    /// 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
    Unauthorized(models::Error401Response),
    /// 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
    Forbidden(models::V3ErrorResponseDto),
    /// 404: Not Found - returned if the request URL refers to a resource or object that does not exist
    NotFound(models::V3ErrorResponseDto),
    /// 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
    TooManyRequests(models::Error429Response),
    /// 500: Internal Server Error - Returned if there is an unexpected error.
    InternalServerError(models::V3ErrorResponseDto),
    /// A status the spec does not declare here, or an empty body: see the raw response in [`crate::ServiceError`].
    Other,
}

impl crate::OperationError for GetManagedClientStatusError {
    fn decode(status: u16, body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        let empty = body.trim_ascii().is_empty();
        Ok(
            match status {
                400 if !empty => {
                    GetManagedClientStatusError::BadRequest(
                        crate::request::decode_body(body)?,
                    )
                }
                401 if !empty => {
                    GetManagedClientStatusError::Unauthorized(
                        crate::request::decode_body(body)?,
                    )
                }
                403 if !empty => {
                    GetManagedClientStatusError::Forbidden(
                        crate::request::decode_body(body)?,
                    )
                }
                404 if !empty => {
                    GetManagedClientStatusError::NotFound(
                        crate::request::decode_body(body)?,
                    )
                }
                429 if !empty => {
                    GetManagedClientStatusError::TooManyRequests(
                        crate::request::decode_body(body)?,
                    )
                }
                500 if !empty => {
                    GetManagedClientStatusError::InternalServerError(
                        crate::request::decode_body(body)?,
                    )
                }
                _ => GetManagedClientStatusError::Other,
            },
        )
    }
}

/// The request of [`ManagedClientsApi::get_managed_client_status`](ManagedClientsApi::get_managed_client_status): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetManagedClientStatus<'a> {
    client: &'a crate::Client,
    id: String,
    r#type: models::ManagedClientType,
}

impl GetManagedClientStatus<'_> {
    /// Sends the request: `GET /managed-clients/{id}/status`.
    pub async fn send(
        self,
    ) -> Result<
        models::ManagedClientStatus,
        crate::SdkError<GetManagedClientStatusError>,
    > {
        let response = self.response().await?;
        crate::request::json("getManagedClientStatus", response).await
    }

    async fn response(
        self,
    ) -> Result<reqwest::Response, crate::SdkError<GetManagedClientStatusError>> {
        let path = [
            "/managed-clients/",
            &crate::request::path_segment(&self.id),
            "/status",
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        let mut query: Vec<(&str, String)> = Vec::new();
        {
            let value = &self.r#type;
            query.push(("type", value.as_str().to_owned()));
        }
        request = request.query(&query);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        self.client
            .execute::<GetManagedClientStatusError>("getManagedClientStatus", request)
            .await
    }
}

/// The error statuses of [`ManagedClientsApi::update_managed_client_status`](ManagedClientsApi::update_managed_client_status), each with the body the spec declares.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum UpdateManagedClientStatusError {
    /// 400: Client Error - Returned if the request body is invalid.
    BadRequest(models::V3ErrorResponseDto),
    /// 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
    Unauthorized(models::Error401Response),
    /// 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
    Forbidden(models::V3ErrorResponseDto),
    /// 404: Not Found - returned if the request URL refers to a resource or object that does not exist
    NotFound(models::V3ErrorResponseDto),
    /// 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
    TooManyRequests(models::Error429Response),
    /// 500: Internal Server Error - Returned if there is an unexpected error.
    InternalServerError(models::V3ErrorResponseDto),
    /// A status the spec does not declare here, or an empty body: see the raw response in [`crate::ServiceError`].
    Other,
}

impl crate::OperationError for UpdateManagedClientStatusError {
    fn decode(status: u16, body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        let empty = body.trim_ascii().is_empty();
        Ok(
            match status {
                400 if !empty => {
                    UpdateManagedClientStatusError::BadRequest(
                        crate::request::decode_body(body)?,
                    )
                }
                401 if !empty => {
                    UpdateManagedClientStatusError::Unauthorized(
                        crate::request::decode_body(body)?,
                    )
                }
                403 if !empty => {
                    UpdateManagedClientStatusError::Forbidden(
                        crate::request::decode_body(body)?,
                    )
                }
                404 if !empty => {
                    UpdateManagedClientStatusError::NotFound(
                        crate::request::decode_body(body)?,
                    )
                }
                429 if !empty => {
                    UpdateManagedClientStatusError::TooManyRequests(
                        crate::request::decode_body(body)?,
                    )
                }
                500 if !empty => {
                    UpdateManagedClientStatusError::InternalServerError(
                        crate::request::decode_body(body)?,
                    )
                }
                _ => UpdateManagedClientStatusError::Other,
            },
        )
    }
}

/// The request of [`ManagedClientsApi::update_managed_client_status`](ManagedClientsApi::update_managed_client_status): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateManagedClientStatus<'a> {
    client: &'a crate::Client,
    id: String,
    managed_client_status: models::ManagedClientStatus,
}

impl UpdateManagedClientStatus<'_> {
    /// Sends the request: `POST /managed-clients/{id}/status`.
    pub async fn send(
        self,
    ) -> Result<
        models::ManagedClientStatusAggResponse,
        crate::SdkError<UpdateManagedClientStatusError>,
    > {
        let response = self.response().await?;
        crate::request::json("updateManagedClientStatus", response).await
    }

    async fn response(
        self,
    ) -> Result<reqwest::Response, crate::SdkError<UpdateManagedClientStatusError>> {
        let path = [
            "/managed-clients/",
            &crate::request::path_segment(&self.id),
            "/status",
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::POST, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.managed_client_status;
            request = crate::request::with_json(
                "updateManagedClientStatus",
                request,
                "application/json",
                &value,
            )?;
        }
        self.client
            .execute::<
                UpdateManagedClientStatusError,
            >("updateManagedClientStatus", request)
            .await
    }
}
