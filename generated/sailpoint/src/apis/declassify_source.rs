//! The Declassify Source API.

/// The Declassify Source operations: get them from [`Client::declassify_source`](crate::Client::declassify_source).
#[derive(Debug, Clone, Copy)]
pub struct DeclassifySourceApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Declassify Source operations.
    #[inline]
    pub fn declassify_source(&self) -> DeclassifySourceApi<'_> {
        DeclassifySourceApi {
            client: self,
        }
    }
}

impl<'a> DeclassifySourceApi<'a> {
    /// Declassify source's all accounts
    ///
    /// Use this API to declassify all the accounts from a source.
    /// A token with API, ORG_ADMIN, ROLE_ADMIN, ROLE_SUBADMIN, SOURCE_ADMIN, or SOURCE_SUBADMIN authority is required to call this API.
    ///
    /// `POST /sources/v1/{sourceId}/declassify` (`sendDeclassifyMachineAccountFromSourceV1`)
    #[inline]
    pub fn send_declassify_machine_account_from_source_v1(
        &self,
        source_id: impl Into<String>,
    ) -> SendDeclassifyMachineAccountFromSourceV1 {
        SendDeclassifyMachineAccountFromSourceV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
        }
    }
}

/// The error statuses of [`DeclassifySourceApi::send_declassify_machine_account_from_source_v1`](DeclassifySourceApi::send_declassify_machine_account_from_source_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type SendDeclassifyMachineAccountFromSourceV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`DeclassifySourceApi::send_declassify_machine_account_from_source_v1`](DeclassifySourceApi::send_declassify_machine_account_from_source_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SendDeclassifyMachineAccountFromSourceV1 {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
}

impl SendDeclassifyMachineAccountFromSourceV1 {
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

    /// Sends the request: `POST /sources/v1/{sourceId}/declassify`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            (),
            crate::SdkError<SendDeclassifyMachineAccountFromSourceV1Error>,
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
            crate::Response<()>,
            crate::SdkError<SendDeclassifyMachineAccountFromSourceV1Error>,
        >,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "sendDeclassifyMachineAccountFromSourceV1",
            self.options,
            move |client| {
                let path = [
                    "/sources/v1/",
                    &crate::request::path_segment(&self.source_id),
                    "/declassify",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header("X-SailPoint-Experimental", "true");
                Ok(request)
            },
        )
    }
}
