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
    pub async fn send(self) -> Result<models::ManagedClientStatus, crate::Error> {
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
        let response = self.client.execute("getManagedClientStatus", request).await?;
        crate::request::json("getManagedClientStatus", response).await
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
    ) -> Result<models::ManagedClientStatusAggResponse, crate::Error> {
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
        let response = self.client.execute("updateManagedClientStatus", request).await?;
        crate::request::json("updateManagedClientStatus", response).await
    }
}
