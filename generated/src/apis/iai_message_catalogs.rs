//! The IAI Message Catalogs API.

use crate::models;

/// The IAI Message Catalogs operations: get them from [`Client::iai_message_catalogs`](crate::Client::iai_message_catalogs).
#[derive(Debug, Clone, Copy)]
pub struct IaiMessageCatalogsApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The IAI Message Catalogs operations.
    pub fn iai_message_catalogs(&self) -> IaiMessageCatalogsApi<'_> {
        IaiMessageCatalogsApi {
            client: self,
        }
    }
}

impl<'a> IaiMessageCatalogsApi<'a> {
    /// Get message catalogs
    ///
    /// The getMessageCatalogs API returns message catalog based on the language headers in the requested object.
    ///
    /// `GET /translation-catalogs/{catalog-id}` (`getMessageCatalogs`)
    pub fn get_message_catalogs(
        &self,
        catalog_id: models::GetMessageCatalogsCatalogId,
    ) -> GetMessageCatalogs<'a> {
        GetMessageCatalogs {
            client: self.client,
            catalog_id,
        }
    }
}

/// The error statuses of [`IaiMessageCatalogsApi::get_message_catalogs`](IaiMessageCatalogsApi::get_message_catalogs), each with the body the spec declares.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetMessageCatalogsError {
    /// 400: Client Error - Returned if the request body is invalid.
    BadRequest(models::V3ErrorResponseDto),
    /// 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
    Unauthorized(models::Error401Response),
    /// 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
    Forbidden(models::V3ErrorResponseDto),
    /// 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
    TooManyRequests(models::Error429Response),
    /// 500: Internal Server Error - Returned if there is an unexpected error.
    InternalServerError(models::V3ErrorResponseDto),
    /// A status the spec does not declare here, or an empty body: see the raw response in [`crate::ServiceError`].
    Other,
}

impl crate::OperationError for GetMessageCatalogsError {
    fn decode(status: u16, body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        let empty = body.trim_ascii().is_empty();
        Ok(
            match status {
                400 if !empty => {
                    GetMessageCatalogsError::BadRequest(
                        crate::request::decode_body(body)?,
                    )
                }
                401 if !empty => {
                    GetMessageCatalogsError::Unauthorized(
                        crate::request::decode_body(body)?,
                    )
                }
                403 if !empty => {
                    GetMessageCatalogsError::Forbidden(
                        crate::request::decode_body(body)?,
                    )
                }
                429 if !empty => {
                    GetMessageCatalogsError::TooManyRequests(
                        crate::request::decode_body(body)?,
                    )
                }
                500 if !empty => {
                    GetMessageCatalogsError::InternalServerError(
                        crate::request::decode_body(body)?,
                    )
                }
                _ => GetMessageCatalogsError::Other,
            },
        )
    }
}

/// The request of [`IaiMessageCatalogsApi::get_message_catalogs`](IaiMessageCatalogsApi::get_message_catalogs): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetMessageCatalogs<'a> {
    client: &'a crate::Client,
    catalog_id: models::GetMessageCatalogsCatalogId,
}

impl GetMessageCatalogs<'_> {
    /// Sends the request: `GET /translation-catalogs/{catalog-id}`.
    pub async fn send(
        self,
    ) -> Result<
        Vec<models::MessageCatalogDto>,
        crate::SdkError<GetMessageCatalogsError>,
    > {
        let response = self.response().await?;
        crate::request::json("getMessageCatalogs", response).await
    }

    async fn response(
        self,
    ) -> Result<reqwest::Response, crate::SdkError<GetMessageCatalogsError>> {
        let path = [
            "/translation-catalogs/",
            &crate::request::path_segment(self.catalog_id.as_str()),
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        self.client
            .execute::<GetMessageCatalogsError>("getMessageCatalogs", request)
            .await
    }
}
