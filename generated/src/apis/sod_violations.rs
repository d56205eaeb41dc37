//! Use this API to check for current "separation of duties" (SOD) policy violations as well as potential future SOD policy violations.
//! With SOD violation functionality in place, administrators can get information about current SOD policy violations and predict whether an access change will trigger new violations, which helps to prevent them from occurring at all.
//!
//! "Separation of duties" refers to the concept that people shouldn't have conflicting sets of access - all their access should be configured in a way that protects your organization's assets and data.
//! For example, people who record monetary transactions shouldn't be able to issue payment for those transactions.
//! Any changes to major system configurations should be approved by someone other than the person requesting the change.
//!
//! Organizations can use "separation of duties" (SOD) policies to enforce and track their internal security rules throughout their tenants.
//! These SOD policies limit each user's involvement in important processes and protects the organization from individuals gaining excessive access.
//!
//! Once a SOD policy is in place, if an identity has conflicting access items, a SOD violation will trigger.
//! These violations are included in SOD violation reports that other users will see in emails at regular intervals if they're subscribed to the SOD policy.
//! The other users can then better help to enforce these SOD policies.
//!
//! Administrators can use the SOD violations APIs to check a set of identities for any current SOD violations, and they can use them to check whether adding an access item would potentially trigger a SOD violation.
//! This second option is a good way to prevent SOD violations from triggering at all.
//!
//! Refer to [Handling Policy Violations](https://documentation.sailpoint.com/saas/help/sod/policy-violations.html) for more information about SOD policy violations.

use crate::models;

/// The SOD Violations operations: get them from [`Client::sod_violations`](crate::Client::sod_violations).
#[derive(Debug, Clone, Copy)]
pub struct SodViolationsApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The SOD Violations operations.
    pub fn sod_violations(&self) -> SodViolationsApi<'_> {
        SodViolationsApi { client: self }
    }
}

impl<'a> SodViolationsApi<'a> {
    /// Predict sod violations for identity.
    ///
    /// This API is used to check if granting some additional accesses would cause the subject to be in violation of any SOD policies. Returns the violations that would be caused.
    ///
    /// A token with ORG_ADMIN or API authority is required to call this API.
    ///
    /// `POST /sod-violations/predict` (`startPredictSodViolations`)
    #[deprecated(note = "deprecated in the spec")]
    pub fn start_predict_sod_violations(
        &self,
        identity_with_new_access: models::IdentityWithNewAccess,
    ) -> StartPredictSodViolations<'a> {
        StartPredictSodViolations {
            client: self.client,
            identity_with_new_access,
        }
    }
}

/// The request of [`SodViolationsApi::start_predict_sod_violations`](SodViolationsApi::start_predict_sod_violations): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct StartPredictSodViolations<'a> {
    client: &'a crate::Client,
    identity_with_new_access: models::IdentityWithNewAccess,
}

impl StartPredictSodViolations<'_> {
    /// Sends the request: `POST /sod-violations/predict`.
    pub async fn send(self) -> Result<models::ViolationPrediction, crate::Error> {
        let path = "/sod-violations/predict";
        let mut request = self.client.request(reqwest::Method::POST, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.identity_with_new_access;
            request = crate::request::with_json(
                "startPredictSodViolations",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self.client.execute("startPredictSodViolations", request).await?;
        crate::request::json("startPredictSodViolations", response).await
    }
}
