//! Use this API to manage Launchers.
//!
//! Launchers are objects that allow users to launch various tasks from ISC such as Privileged Workflows.

use crate::models;

/// The Launchers operations: get them from [`Client::launchers`](crate::Client::launchers).
#[derive(Debug, Clone, Copy)]
pub struct LaunchersApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Launchers operations.
    pub fn launchers(&self) -> LaunchersApi<'_> {
        LaunchersApi { client: self }
    }
}

impl<'a> LaunchersApi<'a> {
    /// List all launchers for tenant
    ///
    /// Return a list of Launchers for the authenticated tenant
    ///
    /// `GET /launchers` (`getLaunchers`)
    pub fn get_launchers(&self) -> GetLaunchers<'a> {
        GetLaunchers {
            client: self.client,
            filters: None,
            next: None,
            limit: None,
        }
    }

    /// Create launcher
    ///
    /// Create a Launcher with given information
    ///
    /// `POST /launchers` (`createLauncher`)
    pub fn create_launcher(
        &self,
        launcher_request: models::LauncherRequest,
    ) -> CreateLauncher<'a> {
        CreateLauncher {
            client: self.client,
            launcher_request,
        }
    }

    /// Get launcher by id
    ///
    /// Get details for the given Launcher ID
    ///
    /// `GET /launchers/{launcherID}` (`getLauncher`)
    pub fn get_launcher(&self, launcher_id: impl Into<String>) -> GetLauncher<'a> {
        GetLauncher {
            client: self.client,
            launcher_id: launcher_id.into(),
        }
    }

    /// Replace launcher
    ///
    /// Replace the given Launcher ID with given payload
    ///
    /// `PUT /launchers/{launcherID}` (`putLauncher`)
    pub fn put_launcher(
        &self,
        launcher_id: impl Into<String>,
        launcher_request: models::LauncherRequest,
    ) -> PutLauncher<'a> {
        PutLauncher {
            client: self.client,
            launcher_id: launcher_id.into(),
            launcher_request,
        }
    }

    /// Delete launcher
    ///
    /// Delete the given Launcher ID
    ///
    /// `DELETE /launchers/{launcherID}` (`deleteLauncher`)
    pub fn delete_launcher(&self, launcher_id: impl Into<String>) -> DeleteLauncher<'a> {
        DeleteLauncher {
            client: self.client,
            launcher_id: launcher_id.into(),
        }
    }

    /// Launch a launcher
    ///
    /// Launch the given Launcher ID
    ///
    /// `POST /beta/launchers/{launcherID}/launch` (`startLauncher`)
    pub fn start_launcher(&self, launcher_id: impl Into<String>) -> StartLauncher<'a> {
        StartLauncher {
            client: self.client,
            launcher_id: launcher_id.into(),
        }
    }
}

/// The request of [`LaunchersApi::get_launchers`](LaunchersApi::get_launchers): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetLaunchers<'a> {
    client: &'a crate::Client,
    filters: Option<String>,
    next: Option<String>,
    limit: Option<i32>,
}

impl GetLaunchers<'_> {
    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **description**: *sw*
    ///
    /// **disabled**: *eq*
    ///
    /// **name**: *sw*
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

    /// Pagination marker
    pub fn next(mut self, next: impl Into<String>) -> Self {
        self.next = Some(next.into());
        self
    }

    /// Number of Launchers to return
    ///
    /// The server's default: `10`.
    pub fn limit(mut self, limit: i32) -> Self {
        self.limit = Some(limit);
        self
    }

    /// Sends the request: `GET /launchers`.
    pub async fn send(self) -> Result<models::GetLaunchers200Response, crate::Error> {
        let path = "/launchers";
        let mut request = self.client.request(reqwest::Method::GET, path);
        let mut query: Vec<(&str, String)> = Vec::new();
        if let Some(value) = &self.filters {
            query.push(("filters", value.clone()));
        }
        if let Some(value) = &self.next {
            query.push(("next", value.clone()));
        }
        if let Some(value) = &self.limit {
            query.push(("limit", value.to_string()));
        }
        request = request.query(&query);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("getLaunchers", request).await?;
        crate::request::json("getLaunchers", response).await
    }
}

/// The request of [`LaunchersApi::create_launcher`](LaunchersApi::create_launcher): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateLauncher<'a> {
    client: &'a crate::Client,
    launcher_request: models::LauncherRequest,
}

impl CreateLauncher<'_> {
    /// Sends the request: `POST /launchers`.
    pub async fn send(self) -> Result<models::Launcher, crate::Error> {
        let path = "/launchers";
        let mut request = self.client.request(reqwest::Method::POST, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.launcher_request;
            request = crate::request::with_json(
                "createLauncher",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self.client.execute("createLauncher", request).await?;
        crate::request::json("createLauncher", response).await
    }
}

/// The request of [`LaunchersApi::get_launcher`](LaunchersApi::get_launcher): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetLauncher<'a> {
    client: &'a crate::Client,
    launcher_id: String,
}

impl GetLauncher<'_> {
    /// Sends the request: `GET /launchers/{launcherID}`.
    pub async fn send(self) -> Result<models::Launcher, crate::Error> {
        let path = ["/launchers/", &crate::request::path_segment(&self.launcher_id)]
            .concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("getLauncher", request).await?;
        crate::request::json("getLauncher", response).await
    }
}

/// The request of [`LaunchersApi::put_launcher`](LaunchersApi::put_launcher): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PutLauncher<'a> {
    client: &'a crate::Client,
    launcher_id: String,
    launcher_request: models::LauncherRequest,
}

impl PutLauncher<'_> {
    /// Sends the request: `PUT /launchers/{launcherID}`.
    pub async fn send(self) -> Result<models::Launcher, crate::Error> {
        let path = ["/launchers/", &crate::request::path_segment(&self.launcher_id)]
            .concat();
        let mut request = self.client.request(reqwest::Method::PUT, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.launcher_request;
            request = crate::request::with_json(
                "putLauncher",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self.client.execute("putLauncher", request).await?;
        crate::request::json("putLauncher", response).await
    }
}

/// The request of [`LaunchersApi::delete_launcher`](LaunchersApi::delete_launcher): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteLauncher<'a> {
    client: &'a crate::Client,
    launcher_id: String,
}

impl DeleteLauncher<'_> {
    /// Sends the request: `DELETE /launchers/{launcherID}`.
    pub async fn send(self) -> Result<(), crate::Error> {
        let path = ["/launchers/", &crate::request::path_segment(&self.launcher_id)]
            .concat();
        let request = self.client.request(reqwest::Method::DELETE, &path);
        let response = self.client.execute("deleteLauncher", request).await?;
        crate::request::empty("deleteLauncher", response).await
    }
}

/// The request of [`LaunchersApi::start_launcher`](LaunchersApi::start_launcher): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct StartLauncher<'a> {
    client: &'a crate::Client,
    launcher_id: String,
}

impl StartLauncher<'_> {
    /// Sends the request: `POST /beta/launchers/{launcherID}/launch`.
    pub async fn send(self) -> Result<models::StartLauncher200Response, crate::Error> {
        let path = [
            "/beta/launchers/",
            &crate::request::path_segment(&self.launcher_id),
            "/launch",
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::POST, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("startLauncher", request).await?;
        crate::request::json("startLauncher", response).await
    }
}
