//! Identity operations covering request and response body kinds.

use crate::models;

/// The Identities operations: get them from [`Client::identities`](crate::Client::identities).
#[derive(Debug, Clone, Copy)]
pub struct IdentitiesApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Identities operations.
    #[inline]
    pub fn identities(&self) -> IdentitiesApi<'_> {
        IdentitiesApi { client: self }
    }
}

impl<'a> IdentitiesApi<'a> {
    /// Export an identity profile as CSV
    ///
    /// Downloads a CSV. The path parameter and query parameter names are hyphenated.
    ///
    /// `GET /identity-profiles/{identity-profile-id}/export` (`exportIdentityProfile`)
    #[inline]
    pub fn export_identity_profile(
        &self,
        identity_profile_id: impl Into<String>,
        requested_for: impl Into<String>,
    ) -> ExportIdentityProfile {
        ExportIdentityProfile {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            identity_profile_id: identity_profile_id.into(),
            requested_for: requested_for.into(),
            include_header: None,
        }
    }

    /// Download an identity archive
    ///
    /// Downloads raw bytes.
    ///
    /// `GET /identities/{id}/archive` (`getIdentityArchive`)
    #[inline]
    pub fn get_identity_archive(&self, id: impl Into<String>) -> GetIdentityArchive {
        GetIdentityArchive {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Get an identity avatar
    ///
    /// Returns a PNG image.
    ///
    /// `GET /identities/{id}/avatar` (`getIdentityAvatar`)
    #[inline]
    pub fn get_identity_avatar(&self, id: impl Into<String>) -> GetIdentityAvatar {
        GetIdentityAvatar {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Set an identity note
    ///
    /// Takes a bare `text/plain` string body.
    ///
    /// `PUT /identities/{id}/note` (`setIdentityNote`)
    #[inline]
    pub fn set_identity_note(
        &self,
        id: impl Into<String>,
        body: impl Into<String>,
    ) -> SetIdentityNote {
        SetIdentityNote {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            body: body.into(),
        }
    }

    /// Import identities from a file
    ///
    /// Multipart upload with a binary file field and text fields.
    ///
    /// `POST /identities/import` (`importIdentities`)
    #[inline]
    pub fn import_identities(
        &self,
        import_identities_request: models::ImportIdentitiesRequest,
    ) -> ImportIdentities {
        ImportIdentities {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            upload: crate::request::Upload::default(),
            import_identities_request,
        }
    }

    /// Create a token
    ///
    /// Takes an `application/x-www-form-urlencoded` body.
    ///
    /// `POST /identities/token` (`createIdentityToken`)
    #[inline]
    pub fn create_identity_token(
        &self,
        create_identity_token_request: models::CreateIdentityTokenRequest,
    ) -> CreateIdentityToken {
        CreateIdentityToken {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            create_identity_token_request,
        }
    }

    /// Upload an attachment
    ///
    /// Accepts either `multipart/form-data` or `application/x-www-form-urlencoded`.
    ///
    /// `POST /identities/attachments` (`uploadIdentityAttachment`)
    #[inline]
    pub fn upload_identity_attachment(
        &self,
        upload_identity_attachment_request: models::UploadIdentityAttachmentRequest,
    ) -> UploadIdentityAttachment {
        UploadIdentityAttachment {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            upload: crate::request::Upload::default(),
            upload_identity_attachment_request,
        }
    }

    /// List legacy identities
    ///
    /// Deprecated; use `/identities/search` instead.
    ///
    /// `GET /identities/legacy` (`listLegacyIdentities`)
    #[deprecated(note = "deprecated in the spec")]
    #[inline]
    pub fn list_legacy_identities(&self) -> ListLegacyIdentities {
        ListLegacyIdentities {
            client: self.client.clone(),
            options: crate::request::Options::default(),
        }
    }

    /// Search identities
    ///
    /// Inline request body schema and inline success response schema (no $refs).
    ///
    /// `POST /identities/search` (`searchIdentities`)
    #[inline]
    pub fn search_identities(
        &self,
        search_identities_request: models::SearchIdentitiesRequest,
    ) -> SearchIdentities {
        SearchIdentities {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            limit: None,
            search_identities_request,
        }
    }
}

/// The error statuses of [`IdentitiesApi::export_identity_profile`](IdentitiesApi::export_identity_profile), each with the body the spec declares:
///
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors404`](crate::apis::errors::Errors404).
pub type ExportIdentityProfileError = crate::apis::errors::Errors404;

/// The request of [`IdentitiesApi::export_identity_profile`](IdentitiesApi::export_identity_profile): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ExportIdentityProfile {
    client: crate::Client,
    options: crate::request::Options,
    identity_profile_id: String,
    requested_for: String,
    include_header: Option<bool>,
}

impl ExportIdentityProfile {
    /// Whether to include a header row.
    ///
    /// The server's default: `true`.
    #[inline]
    pub fn include_header(mut self, include_header: bool) -> Self {
        self.include_header = Some(include_header);
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

    /// Sends the request: `GET /identity-profiles/{identity-profile-id}/export`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<Vec<u8>, crate::SdkError<ExportIdentityProfileError>>,
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
            crate::Response<Vec<u8>>,
            crate::SdkError<ExportIdentityProfileError>,
        >,
    > {
        crate::request::bytes(self.call())
    }

    /// Sends the request, as [`send`](Self::send), and returns the file as a stream of chunks
    /// as they arrive rather than buffered whole: for large downloads.
    #[inline]
    pub fn send_streaming(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<crate::ByteStream>,
            crate::SdkError<ExportIdentityProfileError>,
        >,
    > {
        crate::request::streaming(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "exportIdentityProfile",
            self.options,
            move |client| {
                let path = [
                    "/identity-profiles/",
                    &crate::request::path_segment(&self.identity_profile_id),
                    "/export",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                let mut query: Vec<(&str, String)> = Vec::new();
                {
                    let value = &self.requested_for;
                    query.push(("requested-for", value.clone()));
                }
                if let Some(value) = &self.include_header {
                    query.push(("include-header", value.to_string()));
                }
                request = request.query(&query);
                request = request.header(reqwest::header::ACCEPT, "text/csv");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`IdentitiesApi::get_identity_archive`](IdentitiesApi::get_identity_archive), each with the body the spec declares:
///
/// - none: every error status is `Other`.
///
/// Operations that declare the same statuses with the same bodies share this type, [`NoErrorStatuses`](crate::apis::errors::NoErrorStatuses).
pub type GetIdentityArchiveError = crate::apis::errors::NoErrorStatuses;

/// The request of [`IdentitiesApi::get_identity_archive`](IdentitiesApi::get_identity_archive): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetIdentityArchive {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl GetIdentityArchive {
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

    /// Sends the request: `GET /identities/{id}/archive`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<Vec<u8>, crate::SdkError<GetIdentityArchiveError>>,
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
            crate::Response<Vec<u8>>,
            crate::SdkError<GetIdentityArchiveError>,
        >,
    > {
        crate::request::bytes(self.call())
    }

    /// Sends the request, as [`send`](Self::send), and returns the file as a stream of chunks
    /// as they arrive rather than buffered whole: for large downloads.
    #[inline]
    pub fn send_streaming(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<crate::ByteStream>,
            crate::SdkError<GetIdentityArchiveError>,
        >,
    > {
        crate::request::streaming(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getIdentityArchive",
            self.options,
            move |client| {
                let path = [
                    "/identities/",
                    &crate::request::path_segment(&self.id),
                    "/archive",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request
                    .header(reqwest::header::ACCEPT, "application/octet-stream");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`IdentitiesApi::get_identity_avatar`](IdentitiesApi::get_identity_avatar), each with the body the spec declares:
///
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors404`](crate::apis::errors::Errors404).
pub type GetIdentityAvatarError = crate::apis::errors::Errors404;

/// The request of [`IdentitiesApi::get_identity_avatar`](IdentitiesApi::get_identity_avatar): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetIdentityAvatar {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl GetIdentityAvatar {
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

    /// Sends the request: `GET /identities/{id}/avatar`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<Vec<u8>, crate::SdkError<GetIdentityAvatarError>>> {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<Vec<u8>>,
            crate::SdkError<GetIdentityAvatarError>,
        >,
    > {
        crate::request::bytes(self.call())
    }

    /// Sends the request, as [`send`](Self::send), and returns the file as a stream of chunks
    /// as they arrive rather than buffered whole: for large downloads.
    #[inline]
    pub fn send_streaming(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<crate::ByteStream>,
            crate::SdkError<GetIdentityAvatarError>,
        >,
    > {
        crate::request::streaming(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getIdentityAvatar",
            self.options,
            move |client| {
                let path = [
                    "/identities/",
                    &crate::request::path_segment(&self.id),
                    "/avatar",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "image/png");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`IdentitiesApi::set_identity_note`](IdentitiesApi::set_identity_note), each with the body the spec declares:
///
/// - none: every error status is `Other`.
///
/// Operations that declare the same statuses with the same bodies share this type, [`NoErrorStatuses`](crate::apis::errors::NoErrorStatuses).
pub type SetIdentityNoteError = crate::apis::errors::NoErrorStatuses;

/// The request of [`IdentitiesApi::set_identity_note`](IdentitiesApi::set_identity_note): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SetIdentityNote {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    body: String,
}

impl SetIdentityNote {
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

    /// Sends the request: `PUT /identities/{id}/note`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<(), crate::SdkError<SetIdentityNoteError>>> {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<crate::Response<()>, crate::SdkError<SetIdentityNoteError>>,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "setIdentityNote",
            self.options,
            move |client| {
                let path = [
                    "/identities/",
                    &crate::request::path_segment(&self.id),
                    "/note",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PUT, &path);
                {
                    let value = &self.body;
                    request = request
                        .header(reqwest::header::CONTENT_TYPE, "text/plain")
                        .body(value.clone());
                }
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`IdentitiesApi::import_identities`](IdentitiesApi::import_identities), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400`](crate::apis::errors::Errors400).
pub type ImportIdentitiesError = crate::apis::errors::Errors400;

/// The request of [`IdentitiesApi::import_identities`](IdentitiesApi::import_identities): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ImportIdentities {
    client: crate::Client,
    options: crate::request::Options,
    upload: crate::request::Upload,
    import_identities_request: models::ImportIdentitiesRequest,
}

impl ImportIdentities {
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

    /// The file name the upload is sent with (`roles.csv`), in place of its part's name.
    #[inline]
    pub fn file_name(mut self, file_name: impl Into<String>) -> Self {
        self.upload.file_name = Some(file_name.into());
        self
    }

    /// The content type the upload is sent with (`text/csv`), in place of
    /// `application/octet-stream`.
    #[inline]
    pub fn file_content_type(mut self, content_type: impl Into<String>) -> Self {
        self.upload.content_type = Some(content_type.into());
        self
    }

    /// Sends the request: `POST /identities/import`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::TaskResult, crate::SdkError<ImportIdentitiesError>>,
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
            crate::Response<models::TaskResult>,
            crate::SdkError<ImportIdentitiesError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "importIdentities",
            self.options,
            move |client| {
                let path = "/identities/import";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.import_identities_request;
                    request = request
                        .multipart({
                            let mut form = reqwest::multipart::Form::new();
                            {
                                let part = &value.data;
                                form = form
                                    .part(
                                        "data",
                                        crate::request::file_part(
                                            part.clone(),
                                            "data",
                                            &self.upload,
                                        )?,
                                    );
                            }
                            if let Some(part) = &value.name {
                                form = form
                                    .part("name", crate::request::text_part(part.clone()));
                            }
                            if let Some(part) = &value.dry_run {
                                form = form
                                    .part(
                                        "dryRun",
                                        crate::request::text_part(part.to_string()),
                                    );
                            }
                            form
                        });
                }
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`IdentitiesApi::create_identity_token`](IdentitiesApi::create_identity_token), each with the body the spec declares.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CreateIdentityTokenError {
    /// 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
    Unauthorized(models::ErrorResponseDto),
    /// A status the spec does not declare here, an empty body or one that is not JSON: see the raw response in [`crate::ServiceError`].
    Other,
}

impl crate::OperationError for CreateIdentityTokenError {
    fn decode(status: u16, body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        let empty = body.trim_ascii().is_empty();
        Ok(
            match status {
                401 if !empty => {
                    CreateIdentityTokenError::Unauthorized(
                        crate::request::decode_body(body)?,
                    )
                }
                _ => CreateIdentityTokenError::Other,
            },
        )
    }

    fn undeclared() -> Self {
        CreateIdentityTokenError::Other
    }
}

/// The request of [`IdentitiesApi::create_identity_token`](IdentitiesApi::create_identity_token): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateIdentityToken {
    client: crate::Client,
    options: crate::request::Options,
    create_identity_token_request: models::CreateIdentityTokenRequest,
}

impl CreateIdentityToken {
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

    /// Sends the request: `POST /identities/token`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::CreateIdentityToken200Response,
            crate::SdkError<CreateIdentityTokenError>,
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
            crate::Response<models::CreateIdentityToken200Response>,
            crate::SdkError<CreateIdentityTokenError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createIdentityToken",
            self.options,
            move |client| {
                let path = "/identities/token";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.create_identity_token_request;
                    request = request.form(&value);
                }
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`IdentitiesApi::upload_identity_attachment`](IdentitiesApi::upload_identity_attachment), each with the body the spec declares:
///
/// - none: every error status is `Other`.
///
/// Operations that declare the same statuses with the same bodies share this type, [`NoErrorStatuses`](crate::apis::errors::NoErrorStatuses).
pub type UploadIdentityAttachmentError = crate::apis::errors::NoErrorStatuses;

/// The request of [`IdentitiesApi::upload_identity_attachment`](IdentitiesApi::upload_identity_attachment): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UploadIdentityAttachment {
    client: crate::Client,
    options: crate::request::Options,
    upload: crate::request::Upload,
    upload_identity_attachment_request: models::UploadIdentityAttachmentRequest,
}

impl UploadIdentityAttachment {
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

    /// The file name the upload is sent with (`roles.csv`), in place of its part's name.
    #[inline]
    pub fn file_name(mut self, file_name: impl Into<String>) -> Self {
        self.upload.file_name = Some(file_name.into());
        self
    }

    /// The content type the upload is sent with (`text/csv`), in place of
    /// `application/octet-stream`.
    #[inline]
    pub fn file_content_type(mut self, content_type: impl Into<String>) -> Self {
        self.upload.content_type = Some(content_type.into());
        self
    }

    /// Sends the request: `POST /identities/attachments`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<(), crate::SdkError<UploadIdentityAttachmentError>>,
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
            crate::SdkError<UploadIdentityAttachmentError>,
        >,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "uploadIdentityAttachment",
            self.options,
            move |client| {
                let path = "/identities/attachments";
                let mut request = client.request(reqwest::Method::POST, path);
                {
                    let value = &self.upload_identity_attachment_request;
                    request = request
                        .multipart({
                            let mut form = reqwest::multipart::Form::new();
                            if let Some(part) = &value.file {
                                form = form
                                    .part(
                                        "file",
                                        crate::request::file_part(
                                            part.clone(),
                                            "file",
                                            &self.upload,
                                        )?,
                                    );
                            }
                            if let Some(part) = &value.comment {
                                form = form
                                    .part("comment", crate::request::text_part(part.clone()));
                            }
                            form
                        });
                }
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`IdentitiesApi::list_legacy_identities`](IdentitiesApi::list_legacy_identities), each with the body the spec declares:
///
/// - none: every error status is `Other`.
///
/// Operations that declare the same statuses with the same bodies share this type, [`NoErrorStatuses`](crate::apis::errors::NoErrorStatuses).
pub type ListLegacyIdentitiesError = crate::apis::errors::NoErrorStatuses;

/// The request of [`IdentitiesApi::list_legacy_identities`](IdentitiesApi::list_legacy_identities): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListLegacyIdentities {
    client: crate::Client,
    options: crate::request::Options,
}

impl ListLegacyIdentities {
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

    /// Sends the request: `GET /identities/legacy`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<Vec<String>, crate::SdkError<ListLegacyIdentitiesError>>,
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
            crate::Response<Vec<String>>,
            crate::SdkError<ListLegacyIdentitiesError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "listLegacyIdentities",
            self.options,
            move |client| {
                let path = "/identities/legacy";
                let mut request = client.request(reqwest::Method::GET, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`IdentitiesApi::search_identities`](IdentitiesApi::search_identities), each with the body the spec declares.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum SearchIdentitiesError {
    /// 400: Client Error - Returned if the request body is invalid.
    BadRequest(models::ErrorResponseDto),
    /// 429: Too Many Requests - Returned in response to too many requests in a given period of time.
    TooManyRequests(models::ErrorResponseDto),
    /// 500: Internal Server Error - Returned if there is an unexpected error.
    InternalServerError(models::ErrorResponseDto),
    /// A status the spec does not declare here, an empty body or one that is not JSON: see the raw response in [`crate::ServiceError`].
    Other,
}

impl crate::OperationError for SearchIdentitiesError {
    fn decode(status: u16, body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        let empty = body.trim_ascii().is_empty();
        Ok(
            match status {
                400 if !empty => {
                    SearchIdentitiesError::BadRequest(crate::request::decode_body(body)?)
                }
                429 if !empty => {
                    SearchIdentitiesError::TooManyRequests(
                        crate::request::decode_body(body)?,
                    )
                }
                500 if !empty => {
                    SearchIdentitiesError::InternalServerError(
                        crate::request::decode_body(body)?,
                    )
                }
                _ => SearchIdentitiesError::Other,
            },
        )
    }

    fn undeclared() -> Self {
        SearchIdentitiesError::Other
    }
}

/// The request of [`IdentitiesApi::search_identities`](IdentitiesApi::search_identities): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SearchIdentities {
    client: crate::Client,
    options: crate::request::Options,
    limit: Option<i32>,
    search_identities_request: models::SearchIdentitiesRequest,
}

impl SearchIdentities {
    /// Max number of results to return.
    ///
    /// The server's default: `250`.
    #[inline]
    pub fn limit(mut self, limit: i32) -> Self {
        self.limit = Some(limit);
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

    /// Sends the request: `POST /identities/search`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::SearchIdentities200Response,
            crate::SdkError<SearchIdentitiesError>,
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
            crate::Response<models::SearchIdentities200Response>,
            crate::SdkError<SearchIdentitiesError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "searchIdentities",
            self.options,
            move |client| {
                let path = "/identities/search";
                let mut request = client.request(reqwest::Method::POST, path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.limit {
                    query.push(("limit", value.to_string()));
                }
                request = request.query(&query);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.search_identities_request;
                    request = crate::request::with_json(
                        "searchIdentities",
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
