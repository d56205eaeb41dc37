//! API for managing UI Metadata. Use this API to manage metadata about your User Interface.
//! For example you can set the iFrameWhitelist parameter to permit another domain to encapsulate IDN within an iframe or set the usernameEmptyText to change the placeholder text for Username on your tenant's login screen.

use crate::models;

/// The UI Metadata operations: get them from [`Client::ui_metadata`](crate::Client::ui_metadata).
#[derive(Debug, Clone, Copy)]
pub struct UiMetadataApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The UI Metadata operations.
    pub fn ui_metadata(&self) -> UiMetadataApi<'_> {
        UiMetadataApi { client: self }
    }
}

impl<'a> UiMetadataApi<'a> {
    /// Get a tenant ui metadata
    ///
    /// This API endpoint retrieves UI metadata configured for your tenant.
    /// A token with ORG_ADMIN authority is required to call this API.
    ///
    /// `GET /ui-metadata/tenant` (`getTenantUiMetadata`)
    pub fn get_tenant_ui_metadata(&self) -> GetTenantUiMetadata<'a> {
        GetTenantUiMetadata {
            client: self.client,
        }
    }

    /// Update tenant ui metadata
    ///
    /// This API endpoint updates UI metadata for your tenant. These changes may require up to 5 minutes to take effect on the UI.
    /// A token with ORG_ADMIN authority is required to call this API.
    ///
    /// `PUT /ui-metadata/tenant` (`setTenantUiMetadata`)
    pub fn set_tenant_ui_metadata(
        &self,
        tenant_ui_metadata_item_update_request: models::TenantUiMetadataItemUpdateRequest,
    ) -> SetTenantUiMetadata<'a> {
        SetTenantUiMetadata {
            client: self.client,
            tenant_ui_metadata_item_update_request,
        }
    }
}

/// The error statuses of [`UiMetadataApi::get_tenant_ui_metadata`](UiMetadataApi::get_tenant_ui_metadata), each with the body the spec declares.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetTenantUiMetadataError {
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

impl crate::OperationError for GetTenantUiMetadataError {
    fn decode(status: u16, body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        let empty = body.trim_ascii().is_empty();
        Ok(
            match status {
                400 if !empty => {
                    GetTenantUiMetadataError::BadRequest(
                        crate::request::decode_body(body)?,
                    )
                }
                401 if !empty => {
                    GetTenantUiMetadataError::Unauthorized(
                        crate::request::decode_body(body)?,
                    )
                }
                403 if !empty => {
                    GetTenantUiMetadataError::Forbidden(
                        crate::request::decode_body(body)?,
                    )
                }
                404 if !empty => {
                    GetTenantUiMetadataError::NotFound(
                        crate::request::decode_body(body)?,
                    )
                }
                429 if !empty => {
                    GetTenantUiMetadataError::TooManyRequests(
                        crate::request::decode_body(body)?,
                    )
                }
                500 if !empty => {
                    GetTenantUiMetadataError::InternalServerError(
                        crate::request::decode_body(body)?,
                    )
                }
                _ => GetTenantUiMetadataError::Other,
            },
        )
    }
}

/// The request of [`UiMetadataApi::get_tenant_ui_metadata`](UiMetadataApi::get_tenant_ui_metadata): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetTenantUiMetadata<'a> {
    client: &'a crate::Client,
}

impl GetTenantUiMetadata<'_> {
    /// Sends the request: `GET /ui-metadata/tenant`.
    pub async fn send(
        self,
    ) -> Result<
        models::TenantUiMetadataItemResponse,
        crate::SdkError<GetTenantUiMetadataError>,
    > {
        let response = self.response().await?;
        crate::request::json("getTenantUiMetadata", response).await
    }

    async fn response(
        self,
    ) -> Result<reqwest::Response, crate::SdkError<GetTenantUiMetadataError>> {
        let path = "/ui-metadata/tenant";
        let mut request = self.client.request(reqwest::Method::GET, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        self.client
            .execute::<GetTenantUiMetadataError>("getTenantUiMetadata", request)
            .await
    }
}

/// The error statuses of [`UiMetadataApi::set_tenant_ui_metadata`](UiMetadataApi::set_tenant_ui_metadata), each with the body the spec declares.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum SetTenantUiMetadataError {
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

impl crate::OperationError for SetTenantUiMetadataError {
    fn decode(status: u16, body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        let empty = body.trim_ascii().is_empty();
        Ok(
            match status {
                400 if !empty => {
                    SetTenantUiMetadataError::BadRequest(
                        crate::request::decode_body(body)?,
                    )
                }
                401 if !empty => {
                    SetTenantUiMetadataError::Unauthorized(
                        crate::request::decode_body(body)?,
                    )
                }
                403 if !empty => {
                    SetTenantUiMetadataError::Forbidden(
                        crate::request::decode_body(body)?,
                    )
                }
                404 if !empty => {
                    SetTenantUiMetadataError::NotFound(
                        crate::request::decode_body(body)?,
                    )
                }
                429 if !empty => {
                    SetTenantUiMetadataError::TooManyRequests(
                        crate::request::decode_body(body)?,
                    )
                }
                500 if !empty => {
                    SetTenantUiMetadataError::InternalServerError(
                        crate::request::decode_body(body)?,
                    )
                }
                _ => SetTenantUiMetadataError::Other,
            },
        )
    }
}

/// The request of [`UiMetadataApi::set_tenant_ui_metadata`](UiMetadataApi::set_tenant_ui_metadata): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SetTenantUiMetadata<'a> {
    client: &'a crate::Client,
    tenant_ui_metadata_item_update_request: models::TenantUiMetadataItemUpdateRequest,
}

impl SetTenantUiMetadata<'_> {
    /// Sends the request: `PUT /ui-metadata/tenant`.
    pub async fn send(
        self,
    ) -> Result<
        models::TenantUiMetadataItemResponse,
        crate::SdkError<SetTenantUiMetadataError>,
    > {
        let response = self.response().await?;
        crate::request::json("setTenantUiMetadata", response).await
    }

    async fn response(
        self,
    ) -> Result<reqwest::Response, crate::SdkError<SetTenantUiMetadataError>> {
        let path = "/ui-metadata/tenant";
        let mut request = self.client.request(reqwest::Method::PUT, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.tenant_ui_metadata_item_update_request;
            request = crate::request::with_json(
                "setTenantUiMetadata",
                request,
                "application/json",
                &value,
            )?;
        }
        self.client
            .execute::<SetTenantUiMetadataError>("setTenantUiMetadata", request)
            .await
    }
}
