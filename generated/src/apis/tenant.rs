//! API for reading tenant details.

use crate::models;

/// The Tenant operations: get them from [`Client::tenant`](crate::Client::tenant).
#[derive(Debug, Clone, Copy)]
pub struct TenantApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Tenant operations.
    pub fn tenant(&self) -> TenantApi<'_> {
        TenantApi { client: self }
    }
}

impl<'a> TenantApi<'a> {
    /// Get tenant information.
    ///
    /// This rest endpoint can be used to retrieve tenant details.
    ///
    /// `GET /tenant` (`getTenant`)
    pub fn get_tenant(&self) -> GetTenant<'a> {
        GetTenant { client: self.client }
    }
}

/// The request of [`TenantApi::get_tenant`](TenantApi::get_tenant): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetTenant<'a> {
    client: &'a crate::Client,
}

impl GetTenant<'_> {
    /// Sends the request: `GET /tenant`.
    pub async fn send(self) -> Result<models::Tenant, crate::Error> {
        let path = "/tenant";
        let mut request = self.client.request(reqwest::Method::GET, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("getTenant", request).await?;
        crate::request::json("getTenant", response).await
    }
}
