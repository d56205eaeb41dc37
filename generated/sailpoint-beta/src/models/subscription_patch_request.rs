//! `SubscriptionPatchRequest`, from `beta/schemas/SubscriptionPatchRequest.yaml`.

use crate::models::SubscriptionPatchRequestInner;

/// Operations to be applied
pub type SubscriptionPatchRequest = Vec<SubscriptionPatchRequestInner>;
