//! The IAI Message Catalogs API.

use crate::models;

/// The IAI Message Catalogs operations: get them from [`Client::iai_message_catalogs`](crate::Client::iai_message_catalogs).
#[derive(Debug, Clone, Copy)]
pub struct IaiMessageCatalogsApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The IAI Message Catalogs operations.
    #[inline]
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
    #[inline]
    pub fn get_message_catalogs(
        &self,
        catalog_id: models::GetMessageCatalogsCatalogId,
    ) -> GetMessageCatalogs {
        GetMessageCatalogs {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            catalog_id,
        }
    }
}

/// The error statuses of [`IaiMessageCatalogsApi::get_message_catalogs`](IaiMessageCatalogsApi::get_message_catalogs), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetMessageCatalogsError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`IaiMessageCatalogsApi::get_message_catalogs`](IaiMessageCatalogsApi::get_message_catalogs): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetMessageCatalogs {
    client: crate::Client,
    options: crate::request::Options,
    catalog_id: models::GetMessageCatalogsCatalogId,
}

impl GetMessageCatalogs {
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

    /// Sends the request: `GET /translation-catalogs/{catalog-id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::MessageCatalogDto>,
            crate::SdkError<GetMessageCatalogsError>,
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
            crate::Response<Vec<models::MessageCatalogDto>>,
            crate::SdkError<GetMessageCatalogsError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getMessageCatalogs",
            self.options,
            move |client| {
                let path = [
                    "/translation-catalogs/",
                    &crate::request::path_segment(self.catalog_id.as_str()),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}
