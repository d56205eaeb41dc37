//! Operations that use every schema shape in this fixture.

use crate::models;

/// The Shapes operations: get them from [`Client::shapes`](crate::Client::shapes).
#[derive(Debug, Clone, Copy)]
pub struct ShapesApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Shapes operations.
    #[inline]
    pub fn shapes(&self) -> ShapesApi<'_> {
        ShapesApi { client: self }
    }
}

impl<'a> ShapesApi<'a> {
    /// Get all shapes
    ///
    /// Returns one of every shape. Notes:
    /// - first item of the list
    ///   continues on this line
    /// - second item with a bare URL <https://example.com/shapes>
    ///
    /// ```text
    /// GET /shapes
    /// ```
    ///
    /// `GET /shapes` (`getShapes`)
    #[inline]
    pub fn get_shapes(&self) -> GetShapes {
        GetShapes {
            client: self.client.clone(),
            options: crate::request::Options::default(),
        }
    }

    /// Create a record
    ///
    /// Creates a \[Record\] from the given body.
    ///
    /// `POST /shapes` (`createRecord`)
    #[inline]
    pub fn create_record(&self, record: models::Record) -> CreateRecord {
        CreateRecord {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            record,
        }
    }

    /// List events
    ///
    /// Lists events; each item is any of the event kinds (anyOf array items).
    ///
    /// `GET /shapes/events` (`listEvents`)
    #[inline]
    pub fn list_events(&self) -> ListEvents {
        ListEvents {
            client: self.client.clone(),
            options: crate::request::Options::default(),
        }
    }

    /// Get the tree
    ///
    /// Returns the root of a recursive tree.
    ///
    /// `GET /shapes/tree` (`getTree`)
    #[inline]
    pub fn get_tree(&self) -> GetTree {
        GetTree {
            client: self.client.clone(),
            options: crate::request::Options::default(),
        }
    }

    /// Upload a blob
    ///
    /// Uploads a file with metadata as multipart form data.
    ///
    /// `POST /shapes/upload` (`uploadBlob`)
    #[inline]
    pub fn upload_blob(&self, upload_form: models::UploadForm) -> UploadBlob {
        UploadBlob {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            upload: crate::request::Upload::default(),
            upload_form,
        }
    }
}

/// The error statuses of [`ShapesApi::get_shapes`](ShapesApi::get_shapes), each with the body the spec declares:
///
/// - none: every error status is `Other`.
///
/// Operations that declare the same statuses with the same bodies share this type, [`NoErrorStatuses`](crate::apis::errors::NoErrorStatuses).
pub type GetShapesError = crate::apis::errors::NoErrorStatuses;

/// The request of [`ShapesApi::get_shapes`](ShapesApi::get_shapes): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetShapes {
    client: crate::Client,
    options: crate::request::Options,
}

impl GetShapes {
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

    /// Sends the request: `GET /shapes`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::AllShapes, crate::SdkError<GetShapesError>>,
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
            crate::Response<models::AllShapes>,
            crate::SdkError<GetShapesError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getShapes",
            self.options,
            move |client| {
                let path = "/shapes";
                let mut request = client.request(reqwest::Method::GET, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`ShapesApi::create_record`](ShapesApi::create_record), each with the body the spec declares:
///
/// - none: every error status is `Other`.
///
/// Operations that declare the same statuses with the same bodies share this type, [`NoErrorStatuses`](crate::apis::errors::NoErrorStatuses).
pub type CreateRecordError = crate::apis::errors::NoErrorStatuses;

/// The request of [`ShapesApi::create_record`](ShapesApi::create_record): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateRecord {
    client: crate::Client,
    options: crate::request::Options,
    record: models::Record,
}

impl CreateRecord {
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

    /// Sends the request: `POST /shapes`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::Record, crate::SdkError<CreateRecordError>>,
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
            crate::Response<models::Record>,
            crate::SdkError<CreateRecordError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createRecord",
            self.options,
            move |client| {
                let path = "/shapes";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.record;
                    request = crate::request::with_json(
                        "createRecord",
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

/// The error statuses of [`ShapesApi::list_events`](ShapesApi::list_events), each with the body the spec declares:
///
/// - none: every error status is `Other`.
///
/// Operations that declare the same statuses with the same bodies share this type, [`NoErrorStatuses`](crate::apis::errors::NoErrorStatuses).
pub type ListEventsError = crate::apis::errors::NoErrorStatuses;

/// The request of [`ShapesApi::list_events`](ShapesApi::list_events): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListEvents {
    client: crate::Client,
    options: crate::request::Options,
}

impl ListEvents {
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

    /// Sends the request: `GET /shapes/events`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::ListEvents200ResponseInner>,
            crate::SdkError<ListEventsError>,
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
            crate::Response<Vec<models::ListEvents200ResponseInner>>,
            crate::SdkError<ListEventsError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "listEvents",
            self.options,
            move |client| {
                let path = "/shapes/events";
                let mut request = client.request(reqwest::Method::GET, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`ShapesApi::get_tree`](ShapesApi::get_tree), each with the body the spec declares:
///
/// - none: every error status is `Other`.
///
/// Operations that declare the same statuses with the same bodies share this type, [`NoErrorStatuses`](crate::apis::errors::NoErrorStatuses).
pub type GetTreeError = crate::apis::errors::NoErrorStatuses;

/// The request of [`ShapesApi::get_tree`](ShapesApi::get_tree): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetTree {
    client: crate::Client,
    options: crate::request::Options,
}

impl GetTree {
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

    /// Sends the request: `GET /shapes/tree`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<models::TreeNode, crate::SdkError<GetTreeError>>> {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<crate::Response<models::TreeNode>, crate::SdkError<GetTreeError>>,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getTree",
            self.options,
            move |client| {
                let path = "/shapes/tree";
                let mut request = client.request(reqwest::Method::GET, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`ShapesApi::upload_blob`](ShapesApi::upload_blob), each with the body the spec declares:
///
/// - none: every error status is `Other`.
///
/// Operations that declare the same statuses with the same bodies share this type, [`NoErrorStatuses`](crate::apis::errors::NoErrorStatuses).
pub type UploadBlobError = crate::apis::errors::NoErrorStatuses;

/// The request of [`ShapesApi::upload_blob`](ShapesApi::upload_blob): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UploadBlob {
    client: crate::Client,
    options: crate::request::Options,
    upload: crate::request::Upload,
    upload_form: models::UploadForm,
}

impl UploadBlob {
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

    /// Sends the request: `POST /shapes/upload`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::Formats, crate::SdkError<UploadBlobError>>,
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
            crate::Response<models::Formats>,
            crate::SdkError<UploadBlobError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "uploadBlob",
            self.options,
            move |client| {
                let path = "/shapes/upload";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.upload_form;
                    request = request
                        .multipart({
                            let mut form = reqwest::multipart::Form::new();
                            {
                                let part = &value.file;
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
                            if let Some(part) = &value.title {
                                form = form
                                    .part("title", crate::request::text_part(part.clone()));
                            }
                            if let Some(part) = &value.size {
                                form = form
                                    .part("size", crate::request::text_part(part.to_string()));
                            }
                            form
                        });
                }
                Ok(request)
            },
        )
    }
}
