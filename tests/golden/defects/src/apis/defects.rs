//! Operations whose schemas or parameters are defective.

use crate::models;

/// The Defects operations: get them from [`Client::defects`](crate::Client::defects).
#[derive(Debug, Clone, Copy)]
pub struct DefectsApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Defects operations.
    #[inline]
    pub fn defects(&self) -> DefectsApi<'_> {
        DefectsApi { client: self }
    }
}

impl<'a> DefectsApi<'a> {
    /// List things
    ///
    /// Declares an `in: path` parameter `id` that is absent from the path template `/things`.
    /// The response schema has `items` but no `type: array`.
    ///
    /// `GET /things` (`listThings`)
    #[inline]
    pub fn list_things(&self) -> ListThings {
        ListThings {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            ids: None,
        }
    }

    /// Create a thing
    ///
    /// Takes a thing whose schema has several defects.
    ///
    /// `POST /things` (`createThing`)
    #[inline]
    pub fn create_thing(&self, thing: models::Thing) -> CreateThing {
        CreateThing {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            thing,
        }
    }

    /// Get a reassignment
    ///
    /// Returns a reassignment whose type enum has a value with a trailing comma.
    ///
    /// `GET /reassignments` (`getReassignment`)
    #[inline]
    pub fn get_reassignment(&self) -> GetReassignment {
        GetReassignment {
            client: self.client.clone(),
            options: crate::request::Options::default(),
        }
    }

    /// Get a record
    ///
    /// Returns a record whose examples contradict its schema.
    ///
    /// `GET /records/{id}` (`getRecord`)
    #[inline]
    pub fn get_record(&self, id: impl Into<String>) -> GetRecord {
        GetRecord {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Get a file
    ///
    /// A file declared as a `format: binary` string under `application/json`.
    ///
    /// `GET /files/{id}` (`getFile`)
    #[inline]
    pub fn get_file(&self, id: impl Into<String>) -> GetFile {
        GetFile {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Get something without a schema
    ///
    /// A JSON response with an example and no schema.
    ///
    /// `GET /loose` (`getLoose`)
    #[inline]
    pub fn get_loose(&self) -> GetLoose {
        GetLoose {
            client: self.client.clone(),
            options: crate::request::Options::default(),
        }
    }

    /// Get a copy of something without a schema
    ///
    /// Shares its operationId with `GET /loose`, as two operations of an older beta spec did.
    ///
    /// `GET /loose/copies/{id}` (`getLoose`)
    ///
    /// The spec gives another operation the operationId `getLoose` too, so this one is named `getLooseGetLooseCopies`, after its method and path.
    #[inline]
    pub fn get_loose_get_loose_copies(
        &self,
        id: impl Into<String>,
    ) -> GetLooseGetLooseCopies {
        GetLooseGetLooseCopies {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// An operation without an operationId
    ///
    /// `DELETE /unnamed` (`delete /unnamed`)
    #[inline]
    pub fn delete_unnamed(&self) -> DeleteUnnamed {
        DeleteUnnamed {
            client: self.client.clone(),
            options: crate::request::Options::default(),
        }
    }

    /// Create a launcher
    ///
    /// Its `config` has a pattern that its own example does not match.
    ///
    /// `POST /launchers` (`createLauncher`)
    #[inline]
    pub fn create_launcher(&self, launcher: models::Launcher) -> CreateLauncher {
        CreateLauncher {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            launcher,
        }
    }
}

/// The error statuses of [`DefectsApi::list_things`](DefectsApi::list_things), each with the body the spec declares:
///
/// - none: every error status is `Other`.
///
/// Operations that declare the same statuses with the same bodies share this type, [`NoErrorStatuses`](crate::apis::errors::NoErrorStatuses).
pub type ListThingsError = crate::apis::errors::NoErrorStatuses;

/// The request of [`DefectsApi::list_things`](DefectsApi::list_things): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListThings {
    client: crate::Client,
    options: crate::request::Options,
    ids: Option<String>,
}

impl ListThings {
    /// Non-standard `comma-separated` format.
    #[inline]
    pub fn ids(mut self, ids: impl Into<String>) -> Self {
        self.ids = Some(ids.into());
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

    /// Sends the request: `GET /things`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<Vec<models::Thing>, crate::SdkError<ListThingsError>>,
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
            crate::Response<Vec<models::Thing>>,
            crate::SdkError<ListThingsError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "listThings",
            self.options,
            move |client| {
                let path = "/things";
                let mut request = client.request(reqwest::Method::GET, path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.ids {
                    query.push(("ids", value.clone()));
                }
                request = request.query(&query);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`DefectsApi::create_thing`](DefectsApi::create_thing), each with the body the spec declares:
///
/// - none: every error status is `Other`.
///
/// Operations that declare the same statuses with the same bodies share this type, [`NoErrorStatuses`](crate::apis::errors::NoErrorStatuses).
pub type CreateThingError = crate::apis::errors::NoErrorStatuses;

/// The request of [`DefectsApi::create_thing`](DefectsApi::create_thing): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateThing {
    client: crate::Client,
    options: crate::request::Options,
    thing: models::Thing,
}

impl CreateThing {
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

    /// Sends the request: `POST /things`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<models::Thing, crate::SdkError<CreateThingError>>> {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<models::Thing>,
            crate::SdkError<CreateThingError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createThing",
            self.options,
            move |client| {
                let path = "/things";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.thing;
                    request = crate::request::with_json(
                        "createThing",
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

/// The error statuses of [`DefectsApi::get_reassignment`](DefectsApi::get_reassignment), each with the body the spec declares:
///
/// - none: every error status is `Other`.
///
/// Operations that declare the same statuses with the same bodies share this type, [`NoErrorStatuses`](crate::apis::errors::NoErrorStatuses).
pub type GetReassignmentError = crate::apis::errors::NoErrorStatuses;

/// The request of [`DefectsApi::get_reassignment`](DefectsApi::get_reassignment): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetReassignment {
    client: crate::Client,
    options: crate::request::Options,
}

impl GetReassignment {
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

    /// Sends the request: `GET /reassignments`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::Reassignment, crate::SdkError<GetReassignmentError>>,
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
            crate::Response<models::Reassignment>,
            crate::SdkError<GetReassignmentError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getReassignment",
            self.options,
            move |client| {
                let path = "/reassignments";
                let mut request = client.request(reqwest::Method::GET, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`DefectsApi::get_record`](DefectsApi::get_record), each with the body the spec declares:
///
/// - none: every error status is `Other`.
///
/// Operations that declare the same statuses with the same bodies share this type, [`NoErrorStatuses`](crate::apis::errors::NoErrorStatuses).
pub type GetRecordError = crate::apis::errors::NoErrorStatuses;

/// The request of [`DefectsApi::get_record`](DefectsApi::get_record): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetRecord {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl GetRecord {
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

    /// Sends the request: `GET /records/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<models::Record, crate::SdkError<GetRecordError>>> {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<crate::Response<models::Record>, crate::SdkError<GetRecordError>>,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getRecord",
            self.options,
            move |client| {
                let path = ["/records/", &crate::request::path_segment(&self.id)]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`DefectsApi::get_file`](DefectsApi::get_file), each with the body the spec declares:
///
/// - none: every error status is `Other`.
///
/// Operations that declare the same statuses with the same bodies share this type, [`NoErrorStatuses`](crate::apis::errors::NoErrorStatuses).
pub type GetFileError = crate::apis::errors::NoErrorStatuses;

/// The request of [`DefectsApi::get_file`](DefectsApi::get_file): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetFile {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl GetFile {
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

    /// Sends the request: `GET /files/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<Vec<u8>, crate::SdkError<GetFileError>>> {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<crate::Response<Vec<u8>>, crate::SdkError<GetFileError>>,
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
            crate::SdkError<GetFileError>,
        >,
    > {
        crate::request::streaming(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getFile",
            self.options,
            move |client| {
                let path = ["/files/", &crate::request::path_segment(&self.id)].concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request
                    .header(reqwest::header::ACCEPT, "application/json, image/png");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`DefectsApi::get_loose`](DefectsApi::get_loose), each with the body the spec declares:
///
/// - none: every error status is `Other`.
///
/// Operations that declare the same statuses with the same bodies share this type, [`NoErrorStatuses`](crate::apis::errors::NoErrorStatuses).
pub type GetLooseError = crate::apis::errors::NoErrorStatuses;

/// The request of [`DefectsApi::get_loose`](DefectsApi::get_loose): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetLoose {
    client: crate::Client,
    options: crate::request::Options,
}

impl GetLoose {
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

    /// Sends the request: `GET /loose`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<serde_json::Value, crate::SdkError<GetLooseError>>,
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
            crate::Response<serde_json::Value>,
            crate::SdkError<GetLooseError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getLoose",
            self.options,
            move |client| {
                let path = "/loose";
                let mut request = client.request(reqwest::Method::GET, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`DefectsApi::get_loose_get_loose_copies`](DefectsApi::get_loose_get_loose_copies), each with the body the spec declares:
///
/// - none: every error status is `Other`.
///
/// Operations that declare the same statuses with the same bodies share this type, [`NoErrorStatuses`](crate::apis::errors::NoErrorStatuses).
pub type GetLooseGetLooseCopiesError = crate::apis::errors::NoErrorStatuses;

/// The request of [`DefectsApi::get_loose_get_loose_copies`](DefectsApi::get_loose_get_loose_copies): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetLooseGetLooseCopies {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl GetLooseGetLooseCopies {
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

    /// Sends the request: `GET /loose/copies/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<(), crate::SdkError<GetLooseGetLooseCopiesError>>> {
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
            crate::SdkError<GetLooseGetLooseCopiesError>,
        >,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getLooseGetLooseCopies",
            self.options,
            move |client| {
                let path = ["/loose/copies/", &crate::request::path_segment(&self.id)]
                    .concat();
                let request = client.request(reqwest::Method::GET, &path);
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`DefectsApi::delete_unnamed`](DefectsApi::delete_unnamed), each with the body the spec declares:
///
/// - none: every error status is `Other`.
///
/// Operations that declare the same statuses with the same bodies share this type, [`NoErrorStatuses`](crate::apis::errors::NoErrorStatuses).
pub type DeleteUnnamedError = crate::apis::errors::NoErrorStatuses;

/// The request of [`DefectsApi::delete_unnamed`](DefectsApi::delete_unnamed): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteUnnamed {
    client: crate::Client,
    options: crate::request::Options,
}

impl DeleteUnnamed {
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

    /// Sends the request: `DELETE /unnamed`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<(), crate::SdkError<DeleteUnnamedError>>> {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<crate::Response<()>, crate::SdkError<DeleteUnnamedError>>,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "delete /unnamed",
            self.options,
            move |client| {
                let path = "/unnamed";
                let request = client.request(reqwest::Method::DELETE, path);
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`DefectsApi::create_launcher`](DefectsApi::create_launcher), each with the body the spec declares:
///
/// - none: every error status is `Other`.
///
/// Operations that declare the same statuses with the same bodies share this type, [`NoErrorStatuses`](crate::apis::errors::NoErrorStatuses).
pub type CreateLauncherError = crate::apis::errors::NoErrorStatuses;

/// The request of [`DefectsApi::create_launcher`](DefectsApi::create_launcher): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateLauncher {
    client: crate::Client,
    options: crate::request::Options,
    launcher: models::Launcher,
}

impl CreateLauncher {
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

    /// Sends the request: `POST /launchers`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<(), crate::SdkError<CreateLauncherError>>> {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<crate::Response<()>, crate::SdkError<CreateLauncherError>>,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createLauncher",
            self.options,
            move |client| {
                let path = "/launchers";
                let mut request = client.request(reqwest::Method::POST, path);
                {
                    let value = &self.launcher;
                    request = crate::request::with_json(
                        "createLauncher",
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
