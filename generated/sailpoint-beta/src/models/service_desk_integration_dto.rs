//! `ServiceDeskIntegrationDto`, from `beta/schemas/ServiceDeskIntegrationDto.yaml`.

use crate::models::ServiceDeskIntegrationDto2;

/// `ServiceDeskIntegrationDto` as the spec defines it.
pub type ServiceDeskIntegrationDto = ServiceDeskIntegrationDto2;
