package io.revbridge.config;

/** The HTTP server for webhooks, health, metrics and the admin API ({@code server.*}). */
public record ServerConfig(int port) {}
